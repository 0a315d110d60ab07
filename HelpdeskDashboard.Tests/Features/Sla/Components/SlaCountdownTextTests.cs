using HelpdeskDashboard.Features.Sla;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla.Components;

public sealed class SlaCountdownTextTests
{
    private static readonly SlaEngine Engine = Engine(DefaultCalendar());

    /// <summary>Five hours behind UTC all year, so "resumes" shows in the viewer's zone, not the company's.</summary>
    private static readonly TimeZoneInfo FiveHoursWest =
        TimeZoneInfo.CreateCustomTimeZone("Test/FiveHoursWest", TimeSpan.FromHours(-5), "Five hours west", "Five hours west");

    public static TheoryData<string, SlaClockEvent[], string, int, SlaTone, string, string?> Readings => new()
    {
        // label, clock events, read at (Berlin), plus seconds, tone, text, badge
        { "fresh Platinum clock shows a full day without days", [CustomerWrites("Tue 2026-03-10 10:00", Platinum)], "Tue 2026-03-10 10:00", 0,
            SlaTone.OnTrack, "24:00:00", "on track" },
        { "fresh Gold clock shows days", [CustomerWrites("Tue 2026-03-10 10:00", Gold)], "Tue 2026-03-10 10:00", 0,
            SlaTone.OnTrack, "3d 00:00:00", "on track" },
        { "running clock counts down seconds", [CustomerWrites("Tue 2026-03-10 10:00", Platinum)], "Tue 2026-03-10 11:00", 5,
            SlaTone.OnTrack, "22:59:55", "on track" },
        { "a quarter left is at risk", [CustomerWrites("Tue 2026-03-10 10:00", Platinum)], "Wed 2026-03-11 05:00", 0,
            SlaTone.AtRisk, "5:00:00", "at risk" },
        { "live breach counts up from the due instant", [CustomerWrites("Tue 2026-03-10 10:00", Platinum)], "Wed 2026-03-11 10:01", 30,
            SlaTone.Breached, "breached 0:01:30 ago", null },
        { "live breach over a weekend counts wall-clock time", [CustomerWrites("Thu 2026-03-12 00:00", Platinum)], "Sat 2026-03-14 10:00", 0,
            SlaTone.Breached, "breached 1d 10:00:00 ago", null },
        { "weekend freezes the clock and says when it resumes", [CustomerWrites("Fri 2026-03-13 20:00", Platinum)], "Sat 2026-03-14 10:00", 0,
            SlaTone.OutsideHours, "20:00:00, resumes Mon 00:00", null },
        { "waiting on customer", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), StatusBecomes("Tue 2026-03-10 12:00", SlaPauseReason.WaitingOnCustomer)],
            "Tue 2026-03-10 15:00", 0, SlaTone.Paused, "22:00:00, paused: waiting on customer", null },
        { "on hold", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), StatusBecomes("Tue 2026-03-10 12:00", SlaPauseReason.OnHold)],
            "Tue 2026-03-10 15:00", 0, SlaTone.Paused, "22:00:00, paused: on hold", null },
        { "paused after the breach", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), StatusBecomes("Wed 2026-03-11 11:00", SlaPauseReason.OnHold)],
            "Wed 2026-03-11 15:00", 0, SlaTone.Paused, "breached by 1:00:00, paused: on hold", null },
        { "reply within the target", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Tue 2026-03-10 12:00")],
            "Tue 2026-03-10 15:00", 0, SlaTone.Met, "replied in time", null },
        { "resolved within the target", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), TicketResolved("Tue 2026-03-10 12:00")],
            "Tue 2026-03-10 15:00", 0, SlaTone.Met, "met", null },
        { "reply after the target", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Wed 2026-03-11 12:00")],
            "Wed 2026-03-11 15:00", 0, SlaTone.Breached, "breached by 2 h", null },
        { "Basic tier has no SLA", [CustomerWrites("Tue 2026-03-10 10:00", null)], "Tue 2026-03-10 15:00", 0,
            SlaTone.None, "no SLA", null },
        { "no customer message yet", [], "Tue 2026-03-10 15:00", 0,
            SlaTone.None, "no SLA", null },
    };

    public static TheoryData<string, SlaClockEvent[], string, SlaAudience, string> SentencesByAudience => new()
    {
        // label, clock events, read at (Berlin), audience, sentence
        { "live breach, to the team", [CustomerWrites("Tue 2026-03-10 10:00", Platinum)], "Wed 2026-03-11 11:00", SlaAudience.Team,
            "Breached: the response target passed 1:00:00 ago and the customer still waits for a reply." },
        { "live breach, to the customer", [CustomerWrites("Tue 2026-03-10 10:00", Platinum)], "Wed 2026-03-11 11:00", SlaAudience.Customer,
            "Breached: the response target passed 1:00:00 ago and you are still waiting for a reply." },
        { "reply in time, to the team", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Tue 2026-03-10 12:00")], "Tue 2026-03-10 15:00",
            SlaAudience.Team, "Met: the customer got a reply within the response target." },
        { "reply in time, to the customer", [CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Tue 2026-03-10 12:00")], "Tue 2026-03-10 15:00",
            SlaAudience.Customer, "Met: you got a reply within the response target." },
    };

    [Theory]
    [MemberData(nameof(SentencesByAudience))]
    public void The_customer_reads_about_themselves_as_you(string label, SlaClockEvent[] events, string readAt, SlaAudience audience, string sentence)
    {
        var view = SlaCountdownText.Describe(Engine.Read(events, Local(readAt)), Berlin, audience);

        Assert.True(sentence == view.Sentence, $"{label}: got {view.Sentence}");
        Assert.DoesNotContain(audience == SlaAudience.Customer ? "the customer" : "you ", view.Label, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public void Each_state_reads_as_words(string label, SlaClockEvent[] events, string readAt, int seconds, SlaTone tone, string text, string? badge)
    {
        var reading = Engine.Read(events, Local(readAt).AddSeconds(seconds));

        var view = SlaCountdownText.Describe(reading, Berlin);

        Assert.True((tone, text, badge) == (view.Tone, view.Text, view.Badge), $"{label}: got {view}");
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public void Every_state_has_a_full_sentence_that_contains_its_time(string label, SlaClockEvent[] events, string readAt, int seconds, SlaTone tone, string text, string? badge)
    {
        _ = (tone, badge);
        var view = SlaCountdownText.Describe(Engine.Read(events, Local(readAt).AddSeconds(seconds)), Berlin);

        Assert.EndsWith(".", view.Sentence, StringComparison.Ordinal);
        var time = System.Text.RegularExpressions.Regex.Match(text, @"(\d+d )?\d+:\d\d:\d\d");
        Assert.True(!time.Success || view.Sentence.Contains(time.Value, StringComparison.Ordinal), $"{label}: '{view.Sentence}' misses {time.Value}");
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public void A_countdowns_label_changes_only_with_its_state_never_with_its_time(string label, SlaClockEvent[] events, string readAt, int seconds, SlaTone tone, string text, string? badge)
    {
        _ = (tone, text, badge);
        var now = SlaCountdownText.Describe(Engine.Read(events, Local(readAt).AddSeconds(seconds)), Berlin);
        var secondLater = SlaCountdownText.Describe(Engine.Read(events, Local(readAt).AddSeconds(seconds + 1)), Berlin);

        // A running clock's time changes every second; its accessible name and tooltip must not (one text edit per tick).
        Assert.True(now.Tone != secondLater.Tone || now.Label == secondLater.Label, $"{label}: '{now.Label}' -> '{secondLater.Label}'");
    }

    [Fact]
    public void Resume_time_is_shown_in_the_viewers_zone()
    {
        var reading = Engine.Read([CustomerWrites("Fri 2026-03-13 20:00", Platinum)], Local("Sat 2026-03-14 10:00"));

        var view = SlaCountdownText.Describe(reading, FiveHoursWest);

        // Monday 00:00 in Berlin (UTC+1 in March) is Sunday 18:00 five hours west of UTC.
        Assert.Equal("20:00:00, resumes Sun 18:00", view.Text);
        Assert.Contains("resumes Sun 18:00", view.Sentence, StringComparison.Ordinal);
    }

    public static TheoryData<string, TimeSpan, string> Durations => new()
    {
        { "zero", TimeSpan.Zero, "0:00:00" },
        { "seconds", TimeSpan.FromSeconds(59), "0:00:59" },
        { "hours are not padded", new TimeSpan(5, 3, 12), "5:03:12" },
        { "just under a day", new TimeSpan(23, 59, 59), "23:59:59" },
        { "exactly a day stays in hours", TimeSpan.FromHours(24), "24:00:00" },
        { "over a day shows days", TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1), "1d 00:00:01" },
        { "days with padded hours", new TimeSpan(2, 3, 12, 5), "2d 03:12:05" },
        { "a fraction of a second is dropped", TimeSpan.FromMilliseconds(1999), "0:00:01" },
        { "the sign is dropped", TimeSpan.FromSeconds(-90), "0:01:30" },
    };

    [Theory]
    [MemberData(nameof(Durations))]
    public void Durations_read_as_hours_minutes_seconds(string label, TimeSpan span, string expected)
    {
        _ = label;
        Assert.Equal(expected, SlaCountdownText.Duration(span));
    }

    [Fact]
    public void Instants_read_as_weekday_day_month_and_time_in_the_given_zone()
    {
        var instant = new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.Zero);

        Assert.Equal("Mon 30 Nov 2026, 20:00", SlaCountdownText.Instant(instant, Berlin));
        Assert.Equal("Mon 30 Nov 2026, 14:00", SlaCountdownText.Instant(instant, FiveHoursWest));
    }
}
