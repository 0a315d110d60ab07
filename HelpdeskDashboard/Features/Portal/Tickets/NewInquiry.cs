using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Portal.Tickets;

/// <summary>The "new inquiry" form of the customer portal.</summary>
public sealed class NewInquiry
{
    /// <summary>Support inquiry (Gold, Platinum), paid support request (Basic) or new project request (everybody).</summary>
    public TicketKind Kind { get; set; } = TicketKind.SupportInquiry;

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>Basic: the customer accepts the hourly rate for paid support.</summary>
    public bool AcceptsHourlyRate { get; set; }

    /// <summary>Where the tier charges one: the customer accepts the new-project fee.</summary>
    public bool AcceptsProjectFee { get; set; }

    /// <summary>Files to attach to the first message; checked and stored by the ticket attachments' intake.</summary>
    public IReadOnlyList<IncomingFile> Files { get; set; } = [];

    /// <summary>The customer's tier; the service sets it from the database, never from the browser.</summary>
    public Tier Tier { get; set; }
}
