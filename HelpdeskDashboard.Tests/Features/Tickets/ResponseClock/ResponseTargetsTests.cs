using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tickets.ResponseClock;

public sealed class ResponseTargetsTests
{
    private static readonly TimeZoneInfo Berlin = SlaTestKit.Berlin;

    // Basic in Q1, Gold decided for Q2, upgraded to Platinum mid-May by a subscription.
    private static readonly CustomerTierHistory History = new(
        Tier.Platinum,
        SlaTestKit.Local("Fri 2026-05-15 12:00").UtcTicks,
        [
            new TierAssignment { Year = 2026, Quarter = 1, Tier = Tier.Basic },
            new TierAssignment { Year = 2026, Quarter = 2, Tier = Tier.Gold },
        ],
        Berlin);

    public static TheoryData<string, string, Tier> Instants => new()
    {
        { "inside the first quarter", "Tue 2026-03-10 10:00", Tier.Basic },
        { "last minute of the first quarter in company time", "Tue 2026-03-31 23:59", Tier.Basic },
        { "1 April 00:30 in company time is the second quarter although it is still March in UTC", "Wed 2026-04-01 00:30", Tier.Gold },
        { "just before the upgrade", "Fri 2026-05-15 11:59", Tier.Gold },
        { "from the upgrade on", "Fri 2026-05-15 12:00", Tier.Platinum },
        { "a quarter without a decision falls back to the current tier", "Tue 2025-06-10 10:00", Tier.Platinum },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void Tier_at_an_instant_comes_from_the_quarter_decision_until_the_current_tier_was_set(string label, string instant, Tier expected)
    {
        Assert.True(expected == History.At(SlaTestKit.Local(instant)), label);
    }

    [Fact]
    public void The_current_clock_keeps_its_recorded_target_other_instants_get_the_tier_target_of_their_moment()
    {
        var start = SlaTestKit.Local("Tue 2026-04-14 10:00");
        var ticket = new Ticket { Subject = "s", ResponseClockStartedUtcTicks = start.UtcTicks, ResponseTargetTicks = TimeSpan.FromHours(50).Ticks };

        var targetAt = ResponseTargets.For(ticket, History, TestTiers.Catalog());
        ticket.ResponseTargetTicks = null; // later edits to the ticket do not change the function

        Assert.Equal(TimeSpan.FromHours(50), targetAt(start));
        Assert.Equal(TimeSpan.FromHours(72), targetAt(start.AddMinutes(1)));
        Assert.Null(targetAt(SlaTestKit.Local("Tue 2026-03-10 10:00")));
        Assert.Equal(TimeSpan.FromHours(24), targetAt(SlaTestKit.Local("Mon 2026-05-18 10:00")));
    }
}
