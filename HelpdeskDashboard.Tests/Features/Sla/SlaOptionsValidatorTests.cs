using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.Features.Sla;

public sealed class SlaOptionsValidatorTests
{
    private readonly SlaOptionsValidator _validator = new();

    [Theory]
    [InlineData("zero never warns", 0.0)]
    [InlineData("one warns from the first second", 1.0)]
    [InlineData("negative", -0.25)]
    [InlineData("a percentage instead of a share", 25.0)]
    [InlineData("not a number", double.NaN)]
    public void At_risk_share_outside_zero_to_one_is_rejected_naming_the_setting(string label, double share)
    {
        var result = _validator.Validate(new SlaOptions { AtRiskShare = share });

        var error = Assert.Single(result.Errors);
        Assert.True(error.PropertyName == nameof(SlaOptions.AtRiskShare), label);
        Assert.Contains("between 0 and 1", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the default", 0.25)]
    [InlineData("tiny", 0.01)]
    [InlineData("almost all", 0.99)]
    public void At_risk_share_inside_zero_to_one_is_accepted(string label, double share)
    {
        Assert.True(_validator.Validate(new SlaOptions { AtRiskShare = share }).IsValid, label);
    }
}
