using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Tests.Features.Sla.Support.Instants;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>Mon–Fri 00:00–24:00 in Europe/Berlin, week of Mon 2026-06-08 (+02:00) unless stated.</summary>
public sealed class BusinessCalendarDefaultCalendarTests
{
    private static readonly TimeSpan OneTick = TimeSpan.FromTicks(1);

    public static TheoryData<string, DateTimeOffset, TimeSpan, DateTimeOffset> Additions => new()
    {
        { "zero on a weekday returns the start", At("2026-06-09T10:00+02:00"), TimeSpan.Zero, At("2026-06-09T10:00+02:00") },
        { "zero on saturday returns saturday, not monday", At("2026-06-13T11:00+02:00"), TimeSpan.Zero, At("2026-06-13T11:00+02:00") },
        { "zero at friday midnight returns it", At("2026-06-13T00:00+02:00"), TimeSpan.Zero, At("2026-06-13T00:00+02:00") },
        { "one hour inside a day", At("2026-06-09T10:00+02:00"), Hours(1), At("2026-06-09T11:00+02:00") },
        { "across midnight between weekdays", At("2026-06-09T23:30+02:00"), Hours(1), At("2026-06-10T00:30+02:00") },
        { "last hour of friday ends at friday 24:00", At("2026-06-12T23:00+02:00"), Hours(1), At("2026-06-13T00:00+02:00") },
        { "one tick past friday resumes monday", At("2026-06-12T23:00+02:00"), Hours(1) + OneTick, At("2026-06-15T00:00+02:00") + OneTick },
        { "friday evening start", At("2026-06-12T18:00+02:00"), Hours(10), At("2026-06-15T04:00+02:00") },
        { "saturday start begins monday 00:00", At("2026-06-13T11:00+02:00"), Minutes(1), At("2026-06-15T00:01+02:00") },
        { "sunday 23:59 start begins monday 00:00", At("2026-06-14T23:59+02:00"), Hours(1), At("2026-06-15T01:00+02:00") },
        { "one tick from saturday", At("2026-06-13T11:00+02:00"), OneTick, At("2026-06-15T00:00+02:00") + OneTick },
        { "whole week from monday ends friday 24:00", At("2026-06-08T00:00+02:00"), Hours(120), At("2026-06-13T00:00+02:00") },
        { "a minute more than a week resumes monday", At("2026-06-08T00:00+02:00"), Hours(120) + Minutes(1), At("2026-06-15T00:01+02:00") },
        { "two weeks", At("2026-06-10T10:00+02:00"), Hours(240), At("2026-06-24T10:00+02:00") },
        { "negative zero returns the start", At("2026-06-14T12:00+02:00"), -TimeSpan.Zero, At("2026-06-14T12:00+02:00") },
        { "negative inside a day", At("2026-06-09T10:00+02:00"), -Hours(1), At("2026-06-09T09:00+02:00") },
        { "negative from monday 00:00 goes into friday", At("2026-06-15T00:00+02:00"), -Hours(1), At("2026-06-12T23:00+02:00") },
        { "negative to the start of monday lands on monday 00:00, not friday 24:00", At("2026-06-15T10:00+02:00"), -Hours(10), At("2026-06-15T00:00+02:00") },
        { "negative whole day lands on the day's start", At("2026-06-16T00:00+02:00"), -Hours(24), At("2026-06-15T00:00+02:00") },
        { "negative from saturday", At("2026-06-13T11:00+02:00"), -Hours(24), At("2026-06-12T00:00+02:00") },
        { "negative one tick from sunday", At("2026-06-14T12:00+02:00"), -OneTick, At("2026-06-13T00:00+02:00") - OneTick },
        { "negative whole week lands on monday 00:00", At("2026-06-15T00:00+02:00"), -Hours(120), At("2026-06-08T00:00+02:00") },
        { "negative across a weekend", At("2026-06-10T10:00+02:00"), -Hours(72), At("2026-06-05T10:00+02:00") },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Adding_business_time_lands_on_the_expected_instant(
        string label, DateTimeOffset start, TimeSpan amount, DateTimeOffset expected)
    {
        var actual = Calendars.Default().AddBusinessTime(start, amount);

        Assert.True(expected == actual, $"{label}: expected {expected:O}, got {actual:O}");
    }

    public static TheoryData<string, DateTimeOffset, DateTimeOffset, TimeSpan> Spans => new()
    {
        { "same instant", At("2026-06-09T10:00+02:00"), At("2026-06-09T10:00+02:00"), TimeSpan.Zero },
        { "inside a day", At("2026-06-09T10:00+02:00"), At("2026-06-09T12:30+02:00"), Hours(2.5) },
        { "monday to saturday is five days", At("2026-06-08T00:00+02:00"), At("2026-06-13T00:00+02:00"), Hours(120) },
        { "the weekend counts nothing", At("2026-06-13T00:00+02:00"), At("2026-06-15T00:00+02:00"), TimeSpan.Zero },
        { "saturday to sunday counts nothing", At("2026-06-13T09:00+02:00"), At("2026-06-14T18:00+02:00"), TimeSpan.Zero },
        { "friday 23:59 to monday 00:01", At("2026-06-12T23:59+02:00"), At("2026-06-15T00:01+02:00"), Minutes(2) },
        { "friday evening to monday morning", At("2026-06-12T18:00+02:00"), At("2026-06-15T09:00+02:00"), Hours(15) },
        { "sunday 23:00 to monday 01:00", At("2026-06-14T23:00+02:00"), At("2026-06-15T01:00+02:00"), Hours(1) },
        { "last tick of friday", At("2026-06-12T23:59:59.9999999+02:00"), At("2026-06-13T00:00+02:00"), OneTick },
        { "two weeks", At("2026-06-08T00:00+02:00"), At("2026-06-22T00:00+02:00"), Hours(240) },
        { "backwards is negative", At("2026-06-15T09:00+02:00"), At("2026-06-12T18:00+02:00"), -Hours(15) },
        { "backwards over a weekend only is zero", At("2026-06-15T00:00+02:00"), At("2026-06-13T00:00+02:00"), TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Business_time_between_counts_only_open_days(
        string label, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var actual = Calendars.Default().BusinessTimeBetween(from, to);

        Assert.True(expected == actual, $"{label}: expected {expected}, got {actual}");
    }

    [Theory]
    [MemberData(nameof(Spans))]
    public void Business_time_between_is_antisymmetric(
        string label, DateTimeOffset from, DateTimeOffset to, TimeSpan expected)
    {
        var calendar = Calendars.Default();

        Assert.True(-expected == calendar.BusinessTimeBetween(to, from), label);
    }

    [Fact]
    public void Deadline_that_uses_up_friday_ends_at_friday_midnight_not_monday()
    {
        var due = Calendars.Default().AddBusinessTime(At("2026-06-12T00:00+02:00"), Hours(24));

        Assert.Equal(At("2026-06-13T00:00+02:00"), due);
    }

    [Fact]
    public void Going_back_a_whole_day_from_monday_lands_on_friday_start_not_friday_end()
    {
        var calendar = Calendars.Default();

        Assert.Equal(At("2026-06-12T00:00+02:00"), calendar.AddBusinessTime(At("2026-06-15T00:00+02:00"), -Hours(24)));
        Assert.Equal(At("2026-06-15T00:00+02:00"), calendar.AddBusinessTime(At("2026-06-15T12:00+02:00"), -Hours(12)));
    }
}
