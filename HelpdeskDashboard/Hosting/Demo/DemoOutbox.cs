using HelpdeskDashboard.Features.Notifications;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>Mail for the demo's outbox page (/manager/outbox): one sent, one bounced, so the table and Retry are there to see.</summary>
internal static class DemoOutbox
{
    public static IEnumerable<OutboxMessage> Build(DateTimeOffset now)
    {
        var sentAt = now.AddHours(-2).UtcTicks;
        yield return new OutboxMessage
        {
            To = "customer@demo.local",
            Subject = "[#1] We received your request",
            HtmlBody = "<p>We received your request.</p>",
            TextBody = "We received your request.",
            CreatedUtcTicks = sentAt,
            NextAttemptUtcTicks = sentAt,
            Status = OutboxStatus.Sent,
            Attempts = 1,
            SentUtcTicks = sentAt,
            TicketId = 1,
            IsAutomatic = true,
        };
        var failedAt = now.AddMinutes(-40).UtcTicks;
        yield return new OutboxMessage
        {
            To = "former.employee@kessler-steuerungsbau.example",
            Subject = "[#2] Resolved: Label printer skips every second label",
            HtmlBody = "<p>Your request is resolved.</p>",
            TextBody = "Your request is resolved.",
            CreatedUtcTicks = failedAt,
            NextAttemptUtcTicks = failedAt,
            Status = OutboxStatus.Failed,
            Attempts = 1,
            LastError = "Bounced: former.employee@kessler-steuerungsbau.example 5.1.1 smtp; 550 5.1.1 <former.employee@kessler-steuerungsbau.example>: Recipient address rejected: User unknown in virtual mailbox table",
            TicketId = 2,
            IsAutomatic = true,
        };
    }
}
