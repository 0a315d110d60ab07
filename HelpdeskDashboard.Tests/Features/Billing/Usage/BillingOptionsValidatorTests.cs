using HelpdeskDashboard.Features.Billing.Usage;

namespace HelpdeskDashboard.Tests.Features.Billing.Usage;

public sealed class BillingOptionsValidatorTests
{
    public static TheoryData<string, Action<BillingOptions>, string, string> Invalid => new()
    {
        { "increment of 0", o => o.BillingIncrementMinutes = 0, nameof(BillingOptions.BillingIncrementMinutes), "between 1 and 60" },
        { "increment of 61", o => o.BillingIncrementMinutes = 61, nameof(BillingOptions.BillingIncrementMinutes), "between 1 and 60" },
        { "unknown carry-over rule", o => o.UnusedHours = "Forever", nameof(BillingOptions.UnusedHours), "Expire, NextMonth" },
        { "no hours per purchase", o => o.MaxHoursPerPurchase = 0, nameof(BillingOptions.MaxHoursPerPurchase), "between 1 and 1000" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Bad_settings_are_refused_with_a_message_for_the_setting(string label, Action<BillingOptions> spoil, string property, string message)
    {
        _ = label;
        var options = new BillingOptions();
        spoil(options);

        var failure = Assert.Single(new BillingOptionsValidator().Validate(options).Errors);

        Assert.Equal(property, failure.PropertyName);
        Assert.Contains(message, failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Expire", UnusedHoursRule.Expire)]
    [InlineData("nextmonth", UnusedHoursRule.NextMonth)]
    public void The_defaults_and_both_carry_over_rules_are_valid(string rule, UnusedHoursRule expected)
    {
        var options = new BillingOptions { UnusedHours = rule };

        Assert.True(new BillingOptionsValidator().Validate(options).IsValid);
        Assert.Equal(expected, options.UnusedHoursRule);
    }
}
