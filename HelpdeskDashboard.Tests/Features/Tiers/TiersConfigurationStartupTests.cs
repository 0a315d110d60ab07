using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tiers;

public sealed class TiersConfigurationStartupTests
{
    public static TheoryData<string, Dictionary<string, string?>, string[], string> BadConfigurations => new()
    {
        { "negative price", new() { ["Tiers:Gold:MonthlyPrice"] = "-1" }, [], "Tiers:Gold:MonthlyPrice: must not be negative" },
        { "missing tier", [], ["Tiers:Basic"], "Tiers:Basic: is missing" },
        { "unknown tier", new() { ["Tiers:Diamond:DisplayName"] = "Diamond" }, [], "Tiers:Diamond: is not a known tier" },
        { "zero response target", new() { ["Tiers:Platinum:ResponseTargetBusinessHours"] = "0" }, [], "Tiers:Platinum:ResponseTargetBusinessHours: must be greater than zero" },
        { "fractions of a cent", new() { ["Tiers:Gold:ChangeRate"] = "75.005" }, [], "Tiers:Gold:ChangeRate: must have at most 2 decimal places" },
        { "missing setting", [], ["Tiers:Gold:YearlyPrice"], "Tiers:Gold:YearlyPrice: is required" },
    };

    [Theory]
    [MemberData(nameof(BadConfigurations))]
    public async Task Bad_tier_configuration_stops_start_up_naming_the_setting(
        string label, Dictionary<string, string?> settings, string[] removedSections, string expectedMessage)
    {
        _ = label;
        await using var app = new HelpdeskAppFactory();
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }
        app.RemovedSections.AddRange(removedSections);

        var error = Record.Exception(() => app.CreateClient());

        var validation = StartupFailure.OptionsValidation(error);
        Assert.Contains(expectedMessage, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shipped_configuration_starts()
    {
        await using var app = new HelpdeskAppFactory();

        var error = Record.Exception(() => app.CreateClient().Dispose());

        Assert.Null(error);
    }
}
