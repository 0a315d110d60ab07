namespace HelpdeskDashboard.Features.Billing;

/// <summary>Time an agent logs on a ticket.</summary>
public sealed class NewTimeEntry
{
    public int TicketId { get; set; }

    public int AgentId { get; set; }

    /// <summary>The day of the work in the company's time zone.</summary>
    public DateOnly WorkDate { get; set; }

    public int Minutes { get; set; }

    public string Note { get; set; } = "";

    public bool Billable { get; set; } = true;
}
