
using HelpdeskDashboard.Features.TierRecalculation;

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

    public static TheoryData<string, decimal, string> HugeThresholds => new()
    {
        { "at the limit", 10_000_000_000m, "must be below 10000000000" },
        { "1e27, which overflowed the decimals check", 1_000_000_000_000_000_000_000_000_000m, "must be below 10000000000" },
        { "decimal.MaxValue", decimal.MaxValue, "must be below 10000000000" },
        { "three decimals", 60_000.001m, "must have at most 2 decimal places" },
    };

    [Theory]
    [MemberData(nameof(HugeThresholds))]
    public void A_threshold_out_of_range_is_refused_with_its_message_not_an_exception(string label, decimal platinum, string message)
    {
        _ = label;
        var result = new TierRecalculationOptionsValidator().Validate(new TierRecalculationOptions { GoldFrom = 10_000m, PlatinumFrom = platinum });

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(TierRecalculationOptions.PlatinumFrom), message), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void The_sample_defaults_are_valid()
    {
        Assert.True(new TierRecalculationOptionsValidator().Validate(
            new TierRecalculationOptions { GoldFrom = 10_000m, PlatinumFrom = 50_000m }).IsValid);
    }
}
