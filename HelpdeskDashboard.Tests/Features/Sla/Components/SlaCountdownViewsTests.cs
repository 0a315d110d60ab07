using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla.Components;

/// <summary>Countdowns of one reading share the words of a tick (500 boards of one view describe it once).</summary>
public sealed class SlaCountdownViewsTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private readonly SlaEngine _engine = Engine(OfficeHoursCalendar());
    private readonly SlaCountdownViews _views;

    public SlaCountdownViewsTests() => _views = new SlaCountdownViews(_engine);

    private SlaReading Running() => _engine.Read([CustomerWrites("Tue 2026-03-10 10:00", Platinum)], Local("Tue 2026-03-10 11:00"));

    // Read on Friday evening, outside office hours: the words say when the clock resumes, in the viewer's zone.
    private SlaReading OutsideHours() => _engine.Read([CustomerWrites("Fri 2026-03-13 16:00", Platinum)], Local("Fri 2026-03-13 18:00"));

    [Fact]
    public void Countdowns_of_one_reading_in_one_zone_share_the_words_of_a_tick()
    {
        var reading = Running();
        var tick = Local("Tue 2026-03-10 12:00");

        var first = _views.At(reading, tick, Berlin, SlaAudience.Team);
        var second = _views.At(reading, tick, Berlin, SlaAudience.Team);

        Assert.Same(first, second);
        Assert.Equal(SlaCountdownText.Describe(_engine.Advance(reading, tick), Berlin), first);
    }

    [Fact]
    public void The_zone_is_matched_by_its_id_not_by_its_instance()
    {
        var reading = Running();
        var tick = Local("Tue 2026-03-10 12:00");
        // Another instance under the same id (the serialized form of Berlin does not read back on Linux).
        var sameZone = TimeZoneInfo.CreateCustomTimeZone(Berlin.Id, Berlin.BaseUtcOffset, "Berlin again", "Berlin again");

        Assert.Same(_views.At(reading, tick, Berlin, SlaAudience.Team), _views.At(reading, tick, sameZone, SlaAudience.Team));
    }

    [Fact]
    public void The_next_tick_is_worked_out_afresh()
    {
        var reading = Running();

        var before = _views.At(reading, Local("Tue 2026-03-10 12:00"), Berlin, SlaAudience.Team);
        var after = _views.At(reading, Local("Tue 2026-03-10 12:00").AddSeconds(1), Berlin, SlaAudience.Team);

        Assert.Equal("22:00:00", before.Text);
        Assert.Equal("21:59:59", after.Text);
    }

    public static TheoryData<string, string, string, SlaAudience> OtherViewers => new()
    {
        // label, the reading (one whose words differ for that viewer), the other viewer's zone, audience
        { "another zone: resumes at another local time", "outside hours", "America/New_York", SlaAudience.Team },
        { "the customer: 'you' instead of 'the customer'", "breached", "Europe/Berlin", SlaAudience.Customer },
    };

    [Theory]
    [MemberData(nameof(OtherViewers))]
    public void Another_viewer_of_the_same_reading_gets_their_own_words(string label, string kind, string zoneId, SlaAudience audience)
    {
        var reading = kind == "breached"
            ? _engine.Read([CustomerWrites("Mon 2026-03-09 09:00", Platinum)], Local("Thu 2026-03-12 10:00"))
            : OutsideHours();
        var tick = Local("Sat 2026-03-14 10:00");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var team = _views.At(reading, tick, Berlin, SlaAudience.Team);

        var other = _views.At(reading, tick, zone, audience);

        Assert.True(team != other, $"{label}: the case must give the other viewer other words");
        Assert.True(SlaCountdownText.Describe(_engine.Advance(reading, tick), zone, audience) == other, label);
        Assert.Equal(team, _views.At(reading, tick, Berlin, SlaAudience.Team));
    }
}
