namespace HelpdeskDashboard.Features.Escalations;

/// <summary>
/// A support team member's own working hours in their own zone (<c>Agent.TimeZone</c>); no row means the company's
/// opening hours. Escalation e-mails outside them wait for the next start.
/// </summary>
public sealed class AgentWorkingHours
{
    public int AgentId { get; set; }

    /// <summary>Ranges per weekday, the shape of <see cref="Sla.BusinessCalendarDefinition.Hours"/>, as JSON.</summary>
    public required string HoursJson { get; set; }

    public long UpdatedUtcTicks { get; set; }
}
