using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Configuration;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tiers;

public sealed class TiersOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(TiersOptions options)
    {
        // Through the start-up adapter, so the messages are the ones an operator reads.
        var result = new FluentValidationOptions<TiersOptions>(TiersOptions.SectionName, new TiersOptionsValidator())
            .Validate(name: null, options);
        return result.Failed ? result.Failures!.ToList() : [];
    }

    [Fact]
    public void Shipped_defaults_are_valid()
    {
        Assert.Empty(Failures(TestTiers.ValidOptions()));
    }

    public static TheoryData<string, Action<TiersOptions>, string> InvalidSettings => new()
    {
        { "negative monthly price", o => o.Tiers["Gold"].MonthlyPrice = -1m, "Tiers:Gold:MonthlyPrice: must not be negative" },
        { "negative yearly price", o => o.Tiers["Platinum"].YearlyPrice = -0.01m, "Tiers:Platinum:YearlyPrice: must not be negative" },
        { "negative extra hour rate", o => o.Tiers["Basic"].ExtraHourRate = -75m, "Tiers:Basic:ExtraHourRate: must not be negative" },
        { "negative new project fee", o => o.Tiers["Basic"].NewProjectFee = -200m, "Tiers:Basic:NewProjectFee: must not be negative" },
        { "negative change rate", o => o.Tiers["Gold"].ChangeRate = -1m, "Tiers:Gold:ChangeRate: must not be negative" },
        { "fractions of a cent", o => o.Tiers["Gold"].MonthlyPrice = 199.999m, "Tiers:Gold:MonthlyPrice: must have at most 2 decimal places" },
        { "absurdly large amount", o => o.Tiers["Gold"].YearlyPrice = 5_000_000m, "Tiers:Gold:YearlyPrice: must not exceed 1000000" },
        { "1e27, which overflowed the decimals check", o => o.Tiers["Gold"].YearlyPrice = 1_000_000_000_000_000_000_000_000_000m, "Tiers:Gold:YearlyPrice: must not exceed 1000000" },
        { "decimal.MaxValue", o => o.Tiers["Platinum"].MonthlyPrice = decimal.MaxValue, "Tiers:Platinum:MonthlyPrice: must not exceed 1000000" },
        { "missing amount", o => o.Tiers["Platinum"].ExtraHourRate = null, "Tiers:Platinum:ExtraHourRate: is required" },
        { "missing tier", o => o.Tiers.Remove("Basic"), "Tiers:Basic: is missing" },
        { "unknown tier", o => o.Tiers["Diamond"] = TestTiers.ValidOptions().Tiers["Gold"], "Tiers:Diamond: is not a known tier (expected Basic, Gold, Platinum)" },
        { "numeric tier name", o => o.Tiers["1"] = TestTiers.ValidOptions().Tiers["Gold"], "Tiers:1: is not a known tier" },
        { "zero response target", o => o.Tiers["Platinum"].ResponseTargetBusinessHours = 0, "Tiers:Platinum:ResponseTargetBusinessHours: must be greater than zero" },
        { "negative response target", o => o.Tiers["Gold"].ResponseTargetBusinessHours = -24, "Tiers:Gold:ResponseTargetBusinessHours: must be greater than zero" },
        { "paid tier without response target", o => o.Tiers["Gold"].ResponseTargetBusinessHours = null, "Tiers:Gold:ResponseTargetBusinessHours: is required for the Gold tier" },
        { "negative included hours", o => o.Tiers["Gold"].IncludedHoursPerMonth = -4, "Tiers:Gold:IncludedHoursPerMonth: must not be negative" },
        { "missing display name", o => o.Tiers["Gold"].DisplayName = "", "Tiers:Gold:DisplayName: is required" },
        { "missing channel", o => o.Tiers["Basic"].Channel = null, "Tiers:Basic:Channel: is required" },
        { "missing portal access", o => o.Tiers["Basic"].PortalAccess = null, "Tiers:Basic:PortalAccess: is required" },
        { "missing priority rank", o => o.Tiers["Gold"].PriorityRank = null, "Tiers:Gold:PriorityRank: is required" },
        { "shared priority rank", o => o.Tiers["Platinum"].PriorityRank = 1, "Tiers:Platinum:PriorityRank: must differ from Gold's (1)" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Invalid_setting_is_reported_by_its_configuration_path(string label, Action<TiersOptions> breakIt, string expected)
    {
        _ = label;
        var options = TestTiers.ValidOptions();
        breakIt(options);

        var failures = Failures(options);

        Assert.Contains(failures, failure => failure.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_section_reports_every_tier_as_missing()
    {
        Assert.Equal(
            ["Tiers:Basic: is missing", "Tiers:Gold: is missing", "Tiers:Platinum: is missing"],
            Failures(new TiersOptions()));
    }

    [Fact]
    public void Basic_may_promise_a_response_target_too()
    {
        var options = TestTiers.ValidOptions();
        options.Tiers["Basic"].ResponseTargetBusinessHours = 120;

        Assert.Empty(Failures(options));
    }

    [Fact]
    public void Tier_names_are_matched_regardless_of_case()
    {
        var options = TestTiers.ValidOptions();
        var gold = options.Tiers["Gold"];
        options.Tiers.Remove("Gold");
        options.Tiers["gold"] = gold;

        Assert.Empty(Failures(options));
    }
}
