using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Sla.Support;

using static HelpdeskDashboard.Features.Sla.SlaClockEvent;

namespace HelpdeskDashboard.Tests.Features.Tickets.ResponseClock;

/// <summary>
/// The board filters compare stored columns with numbers computed once per query; they must agree with the engine's
/// reading of the same clock at every instant, including on the edges where business time stands still.
/// </summary>
public sealed class BoardSlaPredicateTests
{
    private static readonly SlaOptions Options = new();

    public static TheoryData<string> Calendars => ["Mon-Fri 24h", "Mon-Fri 09-17"];

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Filters_on_stored_columns_agree_with_the_engine_for_clocks_started_across_two_weeks(string calendarName)
    {
        var calendar = CalendarNamed(calendarName);
        var engine = new SlaEngine(calendar, Options);
        var mismatches = new List<string>();

        // Every 7 h 13 min over two weeks that include the spring DST change; with and without a pause.
        var first = SlaTestKit.Local("Mon 2026-03-23 00:00");
        for (var start = first; start < first.AddDays(14); start = start.AddMinutes((7 * 60) + 13))
        {
            foreach (var paused in new[] { false, true })
            {
                var events = new List<SlaClockEvent> { new CustomerMessage(start, SlaTestKit.Platinum) };
                if (paused)
                {
                    events.Add(new StatusChanged(start.AddHours(3), SlaPauseReason.WaitingOnCustomer));
                    events.Add(new StatusChanged(start.AddHours(23), null));
                }

                var recordedAt = events[^1].At;
                var ticket = new Ticket { Subject = "s" };
                TicketSlaFields.Apply(ticket, engine.Read(events, recordedAt), calendar, Options.AtRiskShare);

                foreach (var now in ReadingInstants(ticket, recordedAt))
                {
                    var reading = engine.Read(events, now);
                    var moment = Moment(calendar, now);
                    Compare(mismatches, $"start {start:u} paused {paused} now {now:u}", ticket, reading, moment);
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(20)));
    }

    [Fact]
    public void Clock_due_at_friday_midnight_read_on_saturday_is_at_risk_outside_hours_and_not_breached()
    {
        // Worked example 4: a Platinum clock started Friday 00:00 uses up Friday exactly.
        var calendar = SlaTestKit.DefaultCalendar();
        var engine = new SlaEngine(calendar, Options);
        var start = SlaTestKit.Local("Fri 2026-03-13 00:00");
        List<SlaClockEvent> events = [new CustomerMessage(start, SlaTestKit.Platinum)];
        var ticket = new Ticket { Subject = "s" };
        TicketSlaFields.Apply(ticket, engine.Read(events, start), calendar, Options.AtRiskShare);

        var saturday = Moment(calendar, SlaTestKit.Local("Sat 2026-03-14 10:00"));
        var mondayJustAfterMidnight = Moment(calendar, SlaTestKit.Local("Mon 2026-03-16 00:00").AddTicks(1));

        Assert.Equal(SlaTestKit.Local("Fri 2026-03-13 24:00").UtcTicks, ticket.ResponseDueUtcTicks);
        Assert.False(Matches(saturday.Breached, ticket));
        Assert.True(Matches(saturday.AtRisk, ticket));
        Assert.True(Matches(saturday.OutsideBusinessHours, ticket));
        Assert.True(Matches(mondayJustAfterMidnight.Breached, ticket));
    }

    [Fact]
    public void At_risk_starts_where_a_quarter_of_the_target_is_left_and_closed_time_before_it_already_counts_as_at_risk()
    {
        // Platinum 24 h due Monday 06:00: 6 h left from Monday 00:00, so the whole weekend is already at risk.
        var calendar = SlaTestKit.DefaultCalendar();
        var due = SlaTestKit.Local("Mon 2026-03-16 06:00").UtcTicks;

        var atRiskFrom = TicketSlaFields.AtRiskFromUtcTicks(calendar, due, SlaTestKit.Platinum.Ticks, 0.25);

        Assert.Equal(SlaTestKit.Local("Fri 2026-03-13 24:00").UtcTicks, atRiskFrom);
    }

    [Fact]
    public void Due_today_counts_a_clock_due_in_the_first_pass_of_a_repeated_midnight_on_that_date()
    {
        // Clocks go back from 01:00 to 00:00 on Thu 1 October, so 00:00-01:00 happens twice (first at +02:00).
        var zone = TimeZoneInfo.CreateCustomTimeZone(
            "Test/MidnightTwice", TimeSpan.FromHours(1), "Midnight twice", "Midnight Standard", "Midnight Summer",
            [
                TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                    DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                    TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 29),
                    TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 1, 0, 0), 10, 1)),
            ]);
        var calendar = new BusinessCalendar(new BusinessCalendarOptions(), zone);
        var dueAtFirstHalfPastMidnight = new Ticket
        {
            Subject = "s",
            AwaitingResponse = true,
            ResponseDueUtcTicks = new DateTimeOffset(2026, 10, 1, 0, 30, 0, TimeSpan.FromHours(2)).UtcTicks,
        };

        var wednesdayNoon = Moment(calendar, new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.FromHours(2)));
        var thursdayNoon = Moment(calendar, new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.FromHours(1)));

        // Until the company clock, Thursday started at the second midnight, so this clock counted as due on Wednesday.
        Assert.False(Matches(wednesdayNoon.DueToday, dueAtFirstHalfPastMidnight));
        Assert.True(Matches(thursdayNoon.DueToday, dueAtFirstHalfPastMidnight));
    }

    private static BoardSlaMoment Moment(BusinessCalendar calendar, DateTimeOffset now) =>
        new(calendar, new CompanyClock(calendar.TimeZone, TimeProvider.System), now);

    private static void Compare(List<string> mismatches, string label, Ticket ticket, SlaReading reading, BoardSlaMoment moment)
    {
        var counting = reading is { State: not SlaState.Paused, IsStopped: false, Target: not null };
        Check(mismatches, label, "breached", Matches(moment.Breached, ticket), counting && reading.IsBreached);
        Check(mismatches, label, "at risk", Matches(moment.AtRisk, ticket), counting && reading.IsAtRisk);
        Check(mismatches, label, "running", Matches(moment.Running, ticket), reading.State == SlaState.Running);
        Check(mismatches, label, "outside hours", Matches(moment.OutsideBusinessHours, ticket), reading.State == SlaState.OutsideBusinessHours);
        Check(mismatches, label, "due", ticket.ResponseDueUtcTicks, reading.Due?.UtcTicks);
    }

    private static void Check<T>(List<string> mismatches, string label, string what, T stored, T engine)
    {
        if (!EqualityComparer<T>.Default.Equals(stored, engine))
        {
            mismatches.Add($"{label}: {what} from columns {stored}, engine {engine}");
        }
    }

    /// <summary>A spread over twelve days plus the instants right at and around the due and at-risk edges.</summary>
    private static IEnumerable<DateTimeOffset> ReadingInstants(Ticket ticket, DateTimeOffset recordedAt)
    {
        for (var now = recordedAt; now < recordedAt.AddDays(12); now = now.AddMinutes((3 * 60) + 17))
        {
            yield return now;
        }

        foreach (var edge in new[] { ticket.ResponseDueUtcTicks, ticket.ResponseAtRiskFromUtcTicks }.OfType<long>())
        {
            foreach (var offset in new long[] { -1, 0, 1, TimeSpan.TicksPerHour })
            {
                if (edge + offset >= recordedAt.UtcTicks)
                {
                    yield return new DateTimeOffset(edge + offset, TimeSpan.Zero);
                }
            }
        }
    }

    private static bool Matches(System.Linq.Expressions.Expression<Func<Ticket, bool>> predicate, Ticket ticket) => predicate.Compile(preferInterpretation: true)(ticket);

    private static BusinessCalendar CalendarNamed(string name) => name switch
    {
        "Mon-Fri 24h" => SlaTestKit.DefaultCalendar(),
        "Mon-Fri 09-17" => SlaTestKit.OfficeHoursCalendar(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown calendar"),
    };
}
