using HelpdeskDashboard.Features.Reports;

namespace HelpdeskDashboard.Tests.Features.Reports;

public sealed class PercentileTests
{
    [Fact]
    public void No_values_have_no_percentile() => Assert.Null(Percentile.NearestRank([], 0.5));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(1.0)]
    public void One_value_is_every_percentile(double p) => Assert.Equal(7, Percentile.NearestRank([7], p));

    [Fact]
    public void Of_two_values_the_median_is_the_lower_and_p90_the_upper()
    {
        Assert.Equal(3, Percentile.NearestRank([3, 8], 0.5));
        Assert.Equal(8, Percentile.NearestRank([3, 8], 0.9));
    }

    [Fact]
    public void Of_ten_values_p90_is_the_ninth_not_the_tenth()
    {
        long[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal(5, Percentile.NearestRank(values, 0.5));
        Assert.Equal(9, Percentile.NearestRank(values, 0.9));
        Assert.Equal(10, Percentile.NearestRank(values, 1.0));
    }

    [Fact]
    public void Of_eleven_values_p90_is_the_tenth_and_the_median_the_sixth()
    {
        var values = Enumerable.Range(1, 11).Select(i => (long)i).ToArray();

        Assert.Equal(6, Percentile.NearestRank(values, 0.5));
        Assert.Equal(10, Percentile.NearestRank(values, 0.9));
    }

    [Fact]
    public void Every_count_up_to_a_thousand_matches_integer_nearest_rank()
    {
        for (var n = 1; n <= 1_000; n++)
        {
            var values = Enumerable.Range(1, n).Select(i => (long)i).ToArray();
            Assert.Equal((n + 1) / 2, Percentile.NearestRank(values, 0.5));
            Assert.Equal(((9 * n) + 9) / 10, Percentile.NearestRank(values, 0.9));
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Percentiles_outside_zero_to_one_are_refused(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.NearestRank([1], p));

    [Fact]
    public void Time_reads_the_percentile_as_business_time() =>
        Assert.Equal(TimeSpan.FromMinutes(90), Percentile.Time([TimeSpan.FromMinutes(90).Ticks], 0.5));
}
