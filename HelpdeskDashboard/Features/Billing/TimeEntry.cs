using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Features.Billing;

/// <summary>Work an agent logged on a ticket.</summary>
public sealed class TimeEntry
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public Ticket? Ticket { get; set; }

    /// <summary>Copied from the ticket so monthly usage per customer needs no join.</summary>
    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public int AgentId { get; set; }

    public Agent? Agent { get; set; }

    /// <summary>The day the work was done, in the company's time zone.</summary>
    public DateOnly WorkDate { get; set; }

    public int Minutes { get; set; }

    public string Note { get; set; } = "";

    public bool Billable { get; set; } = true;

    public long CreatedUtcTicks { get; set; }
}
