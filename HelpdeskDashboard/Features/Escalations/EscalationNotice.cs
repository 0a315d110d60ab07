namespace HelpdeskDashboard.Features.Escalations;

/// <summary>
/// One threshold a response clock crossed, processed once: the unique (ticket, clock start, threshold) row is what
/// makes a restart or a second pass send nothing twice.
/// </summary>
public sealed class EscalationNotice
{
    public long Id { get; set; }

    public int TicketId { get; set; }

    /// <summary>Identifies the clock: a ticket's later clock starts later.</summary>
    public long ClockStartedUtcTicks { get; set; }

    public EscalationThreshold Threshold { get; set; }

    /// <summary>The clock's due instant when the threshold was processed.</summary>
    public long DueUtcTicks { get; set; }

    public long ProcessedUtcTicks { get; set; }

    public int? AssigneeAgentId { get; set; }

    public EscalationOutcome Outcome { get; set; }
}

public enum EscalationThreshold
{
    AtRisk = 1,
    Breached = 2,
}

public enum EscalationOutcome
{
    /// <summary>People were told (bell, and e-mail unless muted or held).</summary>
    Notified = 1,

    /// <summary>The at-risk threshold was reached only after the breach; the breach notice says it all.</summary>
    Superseded = 2,

    /// <summary>The category is switched off in configuration; remembered so turning it on does not notify the past.</summary>
    Disabled = 3,
}
