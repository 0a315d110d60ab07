using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Orders;

public sealed class OrdersConfigurationStartupTests
{
    [Theory]
    [InlineData("body limit below a kilobyte", "Orders:MaxRequestBytes", "100", "Orders:MaxRequestBytes: must be between 1024 and 268435456 bytes")]
    [InlineData("no order age", "Orders:MaxOrderAgeYears", "0", "Orders:MaxOrderAgeYears: must be between 1 and 100 years")]
    public async Task A_bad_orders_setting_stops_start_up_naming_it(string label, string key, string value, string expected)
    {
        _ = label;
        await using var app = new HelpdeskAppFactory();
        app.Settings[key] = value;

        var error = Record.Exception(() => app.CreateClient());

        Assert.Contains(expected, StartupFailure.OptionsValidation(error).Message, StringComparison.Ordinal);
    }
}
