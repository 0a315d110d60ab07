namespace HelpdeskDashboard.Features.Reports;

/// <summary>
/// Exact percentiles by nearest rank: the smallest value with at least p of the values at or below it,
/// <c>sorted[ceil(p·n) − 1]</c>. The median is P50, the lower median for an even count; always a measured value,
/// never an interpolation, so a test can recompute it from the rows.
/// </summary>
public static class Percentile
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="p">In (0, 1].</param>
    /// <returns>Null for no values.</returns>
    public static long? NearestRank(ReadOnlySpan<long> sorted, double p)
    {
        if (p is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile lies in (0, 1].");
        }

        if (sorted.IsEmpty)
        {
            return null;
        }

        // Decimal keeps 0.9 × 10 at exactly 9 (in double it is 9.000000000000002, whose ceiling would be 10).
        var rank = (int)Math.Ceiling((decimal)p * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }

    /// <summary>The nearest-rank percentile of business-time ticks as a time; null for no values.</summary>
    public static TimeSpan? Time(ReadOnlySpan<long> sorted, double p) => NearestRank(sorted, p) is { } ticks ? new TimeSpan(ticks) : null;
}
