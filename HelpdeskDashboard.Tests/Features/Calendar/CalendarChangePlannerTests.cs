using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>
/// The planner alone (pure): Europe/Berlin, office hours Monday to Friday 09:00-17:00; the change takes effect on Friday
/// 4 December 2026 at 16:00 (15:00 UTC); each clock has an 8-hour target and the default 25 % at-risk share.
/// </summary>
public sealed class CalendarChangePlannerTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTimeOffset Effective = new(2026, 12, 4, 16, 0, 0, TimeSpan.FromHours(1));
    private static readonly TimeSpan Target = TimeSpan.FromHours(8);
    private const double Share = 0.25;

    public static TheoryData<string, string, string, (int Later, int Earlier, int AtRisk, int NoLongerAtRisk, int Breached, int NoLongerBreached)> Cases => new()
    {
        // Due Monday 12:00: 4 h left at 16:00 Friday (1 h Friday, 3 h Monday).
        { "opening Saturday 09-17 brings a Monday deadline into the next day", "Monday 12:00", "saturday", (0, 1, 1, 0, 1, 0) },
        { "closing Friday 16-17 pushes it later, nothing within a day changes", "Monday 12:00", "friday-afternoon", (1, 0, 0, 0, 0, 0) },
        // Due Friday 16:30: at risk already (30 min left) and would breach within the day; closing at 16:00 moves it to
        // Monday 09:30, still at risk but no longer breaching within the day.
        { "closing the rest of Friday takes a deadline out of the next day", "Friday 16:30", "friday-afternoon", (1, 0, 0, 0, 0, 1) },
        { "a clock due before the change keeps its deadline", "Friday 15:00", "friday-afternoon", (0, 0, 0, 0, 0, 0) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_compare_the_calendars_over_the_first_day_of_the_change(
        string label, string due, string change, (int Later, int Earlier, int AtRisk, int NoLongerAtRisk, int Breached, int NoLongerBreached) expected)
    {
        var current = new BusinessCalendar(Berlin, [new BusinessCalendarVersion(DateTimeOffset.MinValue, Office())]);
        var proposed = current.WithVersions([.. current.Versions, new BusinessCalendarVersion(Effective, Changed(change))]);
        var dueAt = due == "Monday 12:00" ? new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.FromHours(1))
            : due == "Friday 16:30" ? new DateTimeOffset(2026, 12, 4, 16, 30, 0, TimeSpan.FromHours(1))
            : new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.FromHours(1));
        var clock = new OpenClock(7, 3, "CAN bus", "Nordlicht", Tier.Gold, dueAt.UtcTicks, Target.Ticks,
            TicketSlaFields.AtRiskFromUtcTicks(current, dueAt.UtcTicks, Target.Ticks, Share));

        var plan = CalendarChangePlanner.Plan(current, proposed, Effective, [clock], Share, "basis", []);

        var actual = (plan.MovedLater, plan.MovedEarlier, plan.BecomeAtRisk, plan.LeaveAtRisk, plan.BecomeBreached, plan.LeaveBreached);
        Assert.True(expected == actual, $"{label}: expected {expected}, got {actual}");
    }

    [Fact]
    public void The_same_clocks_and_calendars_give_the_same_fingerprint_and_any_difference_another()
    {
        var current = new BusinessCalendar(Berlin, [new BusinessCalendarVersion(DateTimeOffset.MinValue, Office())]);
        var proposed = current.WithVersions([.. current.Versions, new BusinessCalendarVersion(Effective, Changed("saturday"))]);
        var due = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.FromHours(1)).UtcTicks;
        OpenClock Clock(int version) => new(7, version, "CAN bus", "Nordlicht", Tier.Gold, due, Target.Ticks, null);

        var first = CalendarChangePlanner.Plan(current, proposed, Effective, [Clock(3)], Share, "basis", []);
        var again = CalendarChangePlanner.Plan(current, proposed, Effective, [Clock(3)], Share, "basis", []);
        var ticketChanged = CalendarChangePlanner.Plan(current, proposed, Effective, [Clock(4)], Share, "basis", []);
        var later = CalendarChangePlanner.Plan(current, proposed, Effective.AddMinutes(1), [Clock(3)], Share, "basis", []);

        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.NotEqual(first.Fingerprint, ticketChanged.Fingerprint);
        Assert.NotEqual(first.Fingerprint, later.Fingerprint);
    }

    private static BusinessCalendarDefinition Office() => new()
    {
        Hours = new()
        {
            [DayOfWeek.Monday] = ["09:00-17:00"], [DayOfWeek.Tuesday] = ["09:00-17:00"], [DayOfWeek.Wednesday] = ["09:00-17:00"],
            [DayOfWeek.Thursday] = ["09:00-17:00"], [DayOfWeek.Friday] = ["09:00-17:00"],
        },
    };

    private static BusinessCalendarDefinition Changed(string change)
    {
        var definition = Office();
        if (change == "saturday")
        {
            definition.Hours[DayOfWeek.Saturday] = ["09:00-17:00"];
        }
        else
        {
            definition.Closures.Add(new BusinessClosure { Date = new DateOnly(2026, 12, 4), Name = "Team event", ClosedHours = "16:00-24:00" });
        }

        return definition;
    }
}
