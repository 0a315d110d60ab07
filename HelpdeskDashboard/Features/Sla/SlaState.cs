namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// The one state a reading shows. When several apply, the first in this precedence wins:
/// <see cref="NoSla"/>, then for a stopped clock <see cref="Met"/> or <see cref="Breached"/>, then for a live clock
/// <see cref="Paused"/>, <see cref="Breached"/>, <see cref="OutsideBusinessHours"/>, <see cref="AtRisk"/>, <see cref="Running"/>.
/// Pause comes first because it is what an agent can act on ("the customer owes us an answer");
/// a breach is shown before "outside hours" because nothing can un-breach it.
/// <see cref="SlaReading.IsAtRisk"/> and <see cref="SlaReading.IsBreached"/> stay available when another state wins.
/// </summary>
public enum SlaState
{
    /// <summary>No clock applies: no customer message yet, or the clock's target is null (Basic tier).</summary>
    NoSla,

    /// <summary>The clock runs and counts business time now.</summary>
    Running,

    /// <summary>The clock runs but the business calendar is closed now; <see cref="SlaReading.ResumesAt"/> says when counting resumes.</summary>
    OutsideBusinessHours,

    /// <summary>The ticket waits on the customer or is on hold; see <see cref="SlaReading.PauseReason"/>.</summary>
    Paused,

    /// <summary>The clock runs and the remaining business time is at most the configured share of the target.</summary>
    AtRisk,

    /// <summary>Business time elapsed exceeds the target (elapsed equal to the target is not a breach).</summary>
    Breached,

    /// <summary>The clock stopped with business time elapsed at most the target.</summary>
    Met,
}
