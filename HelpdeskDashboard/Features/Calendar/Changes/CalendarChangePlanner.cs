using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;

namespace HelpdeskDashboard.Features.Calendar.Changes;

/// <summary>
/// Computes a <see cref="CalendarPlan"/>. Pure: the same clocks and calendars give the same plan, which is what makes
/// the preview equal to the save.
/// </summary>
/// <remarks>
/// A change counts from its effective instant E, and E is never before the last event of a live clock (it is now or
/// later), so each clock's elapsed time at E is the same under both calendars and only the remainder is counted anew:
/// a clock due at or before E keeps its due instant; otherwise the business time the current calendar has left from E
/// to the due instant is added from E under the proposed one. Paused clocks have no due instant to move (theirs is
/// projected when they are read) and stopped clocks keep their recorded outcome.
/// </remarks>
public static class CalendarChangePlanner
{
    public const int LargestMovesShown = 50;

    /// <summary>How far after the effective instant the at-risk and breach counts look.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(24);

    public static CalendarPlan Plan(
        BusinessCalendar current,
        BusinessCalendar proposed,
        DateTimeOffset effectiveFrom,
        IReadOnlyList<OpenClock> clocks,
        double atRiskShare,
        string basis,
        IReadOnlyList<string> changes)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(clocks);

        var e = effectiveFrom.UtcTicks;
        // Up to E both calendars count the same, so no clock's state at E changes; what a change does is bring
        // deadlines nearer or push them away, judged over the first day it is in force.
        var horizon = effectiveFrom + Horizon;
        var h = horizon.UtcTicks;
        var oldBreachCutoff = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(current, horizon);
        var newBreachCutoff = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(proposed, horizon);
        int earlier = 0, later = 0, becomeAtRisk = 0, leaveAtRisk = 0, becomeBreached = 0, leaveBreached = 0;
        var moves = new List<DeadlineMove>();
        var updates = new List<DeadlineUpdate>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, basis);
        Append(hash, e.ToString(CultureInfo.InvariantCulture));

        foreach (var clock in clocks.OrderBy(c => c.TicketId))
        {
            var (due, atRiskFrom) = (clock.DueUtcTicks, clock.AtRiskFromUtcTicks);
            if (clock.DueUtcTicks > e)
            {
                var left = current.BusinessTimeBetween(At(e), At(clock.DueUtcTicks));
                due = proposed.AddBusinessTime(At(e), left).UtcTicks;
                atRiskFrom = TicketSlaFields.AtRiskFromUtcTicks(proposed, due, clock.TargetTicks, atRiskShare);
            }

            var wasAtRisk = clock.AtRiskFromUtcTicks <= h;
            var isAtRisk = atRiskFrom <= h;
            becomeAtRisk += !wasAtRisk && isAtRisk ? 1 : 0;
            leaveAtRisk += wasAtRisk && !isAtRisk ? 1 : 0;
            var wasBreached = clock.DueUtcTicks <= oldBreachCutoff;
            var isBreached = due <= newBreachCutoff;
            becomeBreached += !wasBreached && isBreached ? 1 : 0;
            leaveBreached += wasBreached && !isBreached ? 1 : 0;
            if (due != clock.DueUtcTicks)
            {
                earlier += due < clock.DueUtcTicks ? 1 : 0;
                later += due > clock.DueUtcTicks ? 1 : 0;
                moves.Add(new DeadlineMove(clock.TicketId, clock.Subject, clock.CustomerName, clock.Tier, At(clock.DueUtcTicks), At(due)));
            }

            if (due != clock.DueUtcTicks || atRiskFrom != clock.AtRiskFromUtcTicks)
            {
                updates.Add(new DeadlineUpdate(clock.TicketId, clock.Version, due, atRiskFrom!.Value));
            }

            Append(hash, string.Create(CultureInfo.InvariantCulture, $"{clock.TicketId}:{clock.Version}:{clock.DueUtcTicks}:{due}:{atRiskFrom}"));
        }

        var largest = moves
            .OrderByDescending(m => m.Shift.Duration())
            .ThenBy(m => m.TicketId)
            .Take(LargestMovesShown)
            .ToList();
        return new CalendarPlan(
            effectiveFrom, clocks.Count, earlier, later, becomeAtRisk, leaveAtRisk, becomeBreached, leaveBreached, largest, updates, changes,
            Convert.ToHexString(hash.GetHashAndReset()));
    }

    private static DateTimeOffset At(long utcTicks) => TicketSlaEvents.Instant(utcTicks);

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData("\n"u8);
    }
}
