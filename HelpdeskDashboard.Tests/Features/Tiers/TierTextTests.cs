using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tiers;

public sealed class TierTextTests
{
    public static TheoryData<string, int?, string> ResponseTargets => new()
    {
        { "no promise", null, "No response target" },
        { "one hour is singular", 1, "1 business hour" },
        { "several hours", 24, "24 business hours" },
    };

    [Theory]
    [MemberData(nameof(ResponseTargets))]
    public void Response_target_reads_in_business_hours(string label, int? hours, string expected)
    {
        _ = label;
        var tier = TestTiers.Definition(Tier.Gold) with { ResponseTargetBusinessHours = hours };
        Assert.Equal(expected, TierText.ResponseTarget(tier));
    }

    public static TheoryData<string, int, string> IncludedHours => new()
    {
        { "none", 0, "None" },
        { "one hour is singular", 1, "1 hour per month" },
        { "several hours", 10, "10 hours per month" },
    };

    [Theory]
    [MemberData(nameof(IncludedHours))]
    public void Included_hours_read_per_month(string label, int hours, string expected)
    {
        _ = label;
        var tier = TestTiers.Definition(Tier.Gold) with { IncludedHoursPerMonth = hours };
        Assert.Equal(expected, TierText.IncludedHours(tier));
    }

    [Fact]
    public void Zero_fee_reads_as_included_and_other_fees_as_money()
    {
        Assert.Equal("included", TierText.Fee(Money.Zero));
        Assert.Equal("€200.00", TierText.Fee(Money.FromEuros(200m)));
    }

    [Fact]
    public void Zero_price_reads_as_free_and_other_prices_as_money()
    {
        Assert.Equal("free", TierText.Price(Money.Zero));
        Assert.Equal("€2,000.00", TierText.Price(Money.FromEuros(2000m)));
    }

    [Fact]
    public void Rates_read_per_hour()
    {
        Assert.Equal("€75.00 per hour", TierText.HourlyRate(Money.FromEuros(75m)));
    }
}
