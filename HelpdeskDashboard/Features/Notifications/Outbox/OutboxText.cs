namespace HelpdeskDashboard.Features.Notifications.Outbox;

/// <summary>Words for statuses, so the page never relies on colour alone.</summary>
public static class OutboxText
{
    public static string Status(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "Pending",
        OutboxStatus.Sending => "Sending",
        OutboxStatus.Sent => "Sent",
        OutboxStatus.Failed => "Failed",
        _ => status.ToString(),
    };

    /// <summary>The confirmation after a retry.</summary>
    public static string Retried(long id) => $"Message #{id} is queued again and goes out with the next delivery run.";
}
