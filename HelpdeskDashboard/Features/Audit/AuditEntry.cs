namespace HelpdeskDashboard.Features.Audit;

/// <summary>
/// One recorded change. Append-only: <c>HelpdeskDbContext</c> refuses to save an update or delete of an entry.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public long AtUtcTicks { get; set; }

    /// <summary>Who did it: an agent's e-mail, "system", or a job name.</summary>
    public required string Actor { get; set; }

    /// <summary>e.g. "TierChanged", "TicketReassigned".</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public string? Reason { get; set; }
}
