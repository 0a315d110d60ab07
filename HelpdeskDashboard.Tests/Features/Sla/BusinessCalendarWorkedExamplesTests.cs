using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>The rows of notes/sla-examples.md on the default calendar (Mon–Fri whole days, Europe/Berlin).</summary>
public sealed class BusinessCalendarWorkedExamplesTests
{
    private static readonly TimeSpan Platinum = Hours(24);
    private static readonly TimeSpan Gold = Hours(72);

    // Week of Mon 2026-06-08 (CEST, +02:00); row 7 is in December (CET, +01:00).
    public static TheoryData<string, string, DateTimeOffset, TimeSpan, DateTimeOffset> Rows => new()
    {
        { "1: Platinum Tue 10:00 is due Wed 10:00", "", At("2026-06-09T10:00+02:00"), Platinum, At("2026-06-10T10:00+02:00") },
        { "2: Platinum Fri 20:00 is due Mon 20:00", "", At("2026-06-12T20:00+02:00"), Platinum, At("2026-06-15T20:00+02:00") },
        { "3: Platinum Sat 11:00 is due Mon 24:00", "", At("2026-06-13T11:00+02:00"), Platinum, At("2026-06-16T00:00+02:00") },
        { "4: Platinum Fri 00:00 is due Fri 24:00", "", At("2026-06-12T00:00+02:00"), Platinum, At("2026-06-13T00:00+02:00") },
        { "5: Gold Wed 10:00 is due Mon 10:00", "", At("2026-06-10T10:00+02:00"), Gold, At("2026-06-15T10:00+02:00") },
        { "6: Gold Thu 00:00 is due Mon 24:00", "", At("2026-06-11T00:00+02:00"), Gold, At("2026-06-16T00:00+02:00") },
        { "7: Platinum Wed 23 Dec 12:00 over Christmas is due Mon 28 Dec 12:00", "2026-12-24,2026-12-25", At("2026-12-23T12:00+01:00"), Platinum, At("2026-12-28T12:00+01:00") },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Worked_example_is_due_at_the_documented_instant(
        string label, string holidays, DateTimeOffset start, TimeSpan target, DateTimeOffset expectedDue)
    {
        var calendar = Calendars.Create(Calendars.WholeWeekdays, holidays: holidays);

        var due = calendar.AddBusinessTime(start, target);

        Assert.True(expectedDue == due, $"{label}: expected {expectedDue:O}, got {due:O}");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Worked_example_counts_exactly_the_target_between_start_and_due(
        string label, string holidays, DateTimeOffset start, TimeSpan target, DateTimeOffset due)
    {
        var calendar = Calendars.Create(Calendars.WholeWeekdays, holidays: holidays);

        Assert.True(target == calendar.BusinessTimeBetween(start, due), label);
    }

    [Fact]
    public void Paused_ticket_of_row_8_is_due_thursday_07_00_as_two_hours_then_twenty_two_from_wednesday_09_00()
    {
        var calendar = Calendars.Default();
        var pausedAt = calendar.AddBusinessTime(At("2026-06-09T10:00+02:00"), Hours(2));

        var due = calendar.AddBusinessTime(At("2026-06-10T09:00+02:00"), Platinum - Hours(2));

        Assert.Equal(At("2026-06-09T12:00+02:00"), pausedAt);
        Assert.Equal(At("2026-06-11T07:00+02:00"), due);
    }

    [Fact]
    public void Example_4_read_on_saturday_has_used_the_whole_target_and_waits_for_monday()
    {
        var calendar = Calendars.Default();
        var saturday = At("2026-06-13T10:00+02:00");

        Assert.Equal(Platinum, calendar.BusinessTimeBetween(At("2026-06-12T00:00+02:00"), saturday));
        Assert.False(calendar.IsOpen(saturday));
        Assert.Equal(At("2026-06-15T00:00+02:00"), calendar.NextOpening(saturday));
    }

    [Fact]
    public void Example_2_read_on_saturday_has_twenty_hours_left_and_resumes_monday_midnight()
    {
        var calendar = Calendars.Default();
        var saturday = At("2026-06-13T10:00+02:00");

        var elapsed = calendar.BusinessTimeBetween(At("2026-06-12T20:00+02:00"), saturday);

        Assert.Equal(Hours(20), Platinum - elapsed);
        Assert.Equal(At("2026-06-15T00:00+02:00"), calendar.NextOpening(saturday));
    }

    [Fact]
    public void Default_options_mean_berlin_monday_to_friday_whole_days()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarOptions());

        Assert.Equal("Europe/Berlin", calendar.TimeZone.Id);
        Assert.Equal(Hours(120), calendar.BusinessTimeBetween(At("2026-06-08T00:00+02:00"), At("2026-06-15T00:00+02:00")));
        Assert.Equal(Hours(24), calendar.BusinessTimeBetween(At("2026-06-12T00:00+02:00"), At("2026-06-15T00:00+02:00")));
    }
}
