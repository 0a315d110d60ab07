namespace HelpdeskDashboard.Platform.Ui;

/// <summary>A y-axis that fits the data: MudBlazor's default tick step is 20, which ran a 4-hour chart up to 20 h.</summary>
public static class ChartAxis
{
    private static readonly int[] Steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

    /// <summary>The smallest whole step of 1, 2, 5, 10, … that draws the largest value in at most five steps.</summary>
    public static int StepFor(double largest)
    {
        foreach (var step in Steps)
        {
            if (largest <= step * 5)
            {
                return step;
            }
        }

        return (int)Math.Ceiling(largest / 5);
    }

    /// <summary>The top of the axis: the largest value rounded up to a whole step (one step when there is no data).</summary>
    public static double TopFor(double largest)
    {
        var step = StepFor(largest);
        return Math.Max(step, Math.Ceiling(largest / step) * step);
    }
}
