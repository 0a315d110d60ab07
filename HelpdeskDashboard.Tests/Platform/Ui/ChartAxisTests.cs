using HelpdeskDashboard.Platform.Ui;

namespace HelpdeskDashboard.Tests.Platform.Ui;

public sealed class ChartAxisTests
{
    public static TheoryData<string, double, int, double> Axes => new()
    {
        // label, largest value (h), step, top of the axis
        { "issue 14: a Gold month of at most 4 h stops at 4 h, not 20 h", 4, 1, 4 },
        { "45 minutes", 0.75, 1, 1 },
        { "no data at all", 0, 1, 1 },
        { "Platinum's 10 h", 10, 2, 10 },
        { "10 h 30 min", 10.5, 5, 15 },
        { "a heavy month of 43 h", 43, 10, 50 },
    };

    [Theory]
    [MemberData(nameof(Axes))]
    public void The_axis_fits_the_largest_value_in_at_most_five_steps(string label, double largest, int step, double top)
    {
        Assert.True((step, top) == (ChartAxis.StepFor(largest), ChartAxis.TopFor(largest)), $"{label}: got {ChartAxis.StepFor(largest)}, {ChartAxis.TopFor(largest)}");
        Assert.InRange(top / step, 1, 5);
        Assert.True(top >= largest);
    }
}
