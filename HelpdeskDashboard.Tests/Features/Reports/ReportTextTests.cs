using HelpdeskDashboard.Features.Reports;

namespace HelpdeskDashboard.Tests.Features.Reports;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData(0.962, "96.2 %")]
    [InlineData(0.99999, "99.9 %")]
    [InlineData(1.0, "100.0 %")]
    [InlineData(0.0, "0.0 %")]
    [InlineData(0.5, "50.0 %")]
    [InlineData(2.0 / 3.0, "66.6 %")]
    public void Share_is_floored_to_a_tenth_of_a_percent(double share, string expected) =>
        Assert.Equal(expected, ReportText.Share(share));

    [Fact]
    public void Share_of_nothing_is_a_dash() => Assert.Equal("–", ReportText.Share(null));

    [Fact]
    public void Time_is_hours_and_whole_minutes_floored() =>
        Assert.Equal("5 h 12 min", ReportText.Time(new TimeSpan(5, 12, 59)));

    [Fact]
    public void Time_of_nothing_is_a_dash() => Assert.Equal("–", ReportText.Time(null));

    [Fact]
    public void Count_is_invariant_without_separators() => Assert.Equal("12345", ReportText.Count(12345));
}
