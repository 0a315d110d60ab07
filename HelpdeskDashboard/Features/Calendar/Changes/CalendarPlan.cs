using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Calendar.Changes;

/// <summary>
/// What a calendar change does to every open clock. The at-risk and breach counts compare the two calendars over the
/// first <see cref="CalendarChangePlanner.Horizon"/> after the change takes effect: a clock that becomes at risk (or would
/// breach, if nobody answers) within that day under the new calendar but not under the current one, and the reverse. The preview shows it; saving computes it again in its transaction
/// and writes exactly it, refusing if it no longer matches the preview (<see cref="Fingerprint"/>).
/// </summary>
public sealed record CalendarPlan(
    DateTimeOffset EffectiveFrom,
    int OpenClocks,
    int MovedEarlier,
    int MovedLater,
    int BecomeAtRisk,
    int LeaveAtRisk,
    int BecomeBreached,
    int LeaveBreached,
    IReadOnlyList<DeadlineMove> LargestMoves,
    IReadOnlyList<DeadlineUpdate> Updates,
    IReadOnlyList<string> Changes,
    string Fingerprint)
{
    public int Moved => MovedEarlier + MovedLater;

    /// <summary>One line for the audit trail and the confirmation.</summary>
    public string Counts =>
        $"{MovedLater} deadline(s) later, {MovedEarlier} earlier, {OpenClocks - Moved} unchanged; " +
        $"within 24 h of taking effect {BecomeAtRisk} more at risk, {LeaveAtRisk} fewer; {BecomeBreached} more breached if unanswered, {LeaveBreached} fewer";
}

/// <summary>A due instant that moves; <see cref="Shift"/> is positive when it moves later.</summary>
public sealed record DeadlineMove(int TicketId, string Subject, string CustomerName, Tier Tier, DateTimeOffset OldDue, DateTimeOffset NewDue)
{
    public TimeSpan Shift => NewDue - OldDue;
}

/// <summary>The SLA columns of one ticket after the change; written only while the ticket is still at <see cref="Version"/>.</summary>
public sealed record DeadlineUpdate(int TicketId, int Version, long DueUtcTicks, long AtRiskFromUtcTicks);
