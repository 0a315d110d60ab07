
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Tests.Features.Tiers;
namespace HelpdeskDashboard.Tests.Features.TierRecalculation;

public sealed class TierRecalculationOptionsValidatorTests
{
    public static TheoryData<string, decimal?, decimal?, int, string> BadOptions() => new()
    {
        { "missing Gold threshold", null, 50_000m, 1, "GoldFrom" },
        { "Platinum not above Gold", 50_000m, 50_000m, 1, "PlatinumFrom" },
        { "three decimals", 10_000.001m, 50_000m, 1, "GoldFrom" },
        { "window of zero quarters", 10_000m, 50_000m, 0, "TurnoverWindowQuarters" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_thresholds_are_refused_naming_the_setting(string label, decimal? gold, decimal? platinum, int window, string setting)
    {
        _ = label;
        var result = new TierRecalculationOptionsValidator().Validate(
            new TierRecalculationOptions { GoldFrom = gold, PlatinumFrom = platinum, TurnoverWindowQuarters = window });

        Assert.Contains(result.Errors, e => e.PropertyName == setting);
    }

    [Fact]
    public void The_sample_defaults_are_valid()
    {
        Assert.True(new TierRecalculationOptionsValidator().Validate(
            new TierRecalculationOptions { GoldFrom = 10_000m, PlatinumFrom = 50_000m }).IsValid);
    }
}
