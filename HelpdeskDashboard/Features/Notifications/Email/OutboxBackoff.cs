namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>Exponential back-off: the first retry after FirstRetryDelay, then doubling, capped at MaxRetryDelay.</summary>
public static class OutboxBackoff
{
    /// <param name="failedAttempts">Attempts made so far, at least 1.</param>
    public static TimeSpan DelayAfter(int failedAttempts, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);

        // Doubling past 2^30 only overflows; the cap is long reached by then.
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var ticks = Math.Min(options.FirstRetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
