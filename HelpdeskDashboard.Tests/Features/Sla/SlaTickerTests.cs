using HelpdeskDashboard.Features.Sla;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Sla;

public sealed class SlaTickerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Every_subscriber_hears_each_second_from_one_timer()
    {
        using var ticker = new SlaTicker(_time, NullLogger<SlaTicker>.Instance);
        var first = new List<DateTimeOffset>();
        var second = new List<DateTimeOffset>();
        using var a = ticker.Subscribe(first.Add);
        using var b = ticker.Subscribe(second.Add);

        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(3, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(_time.GetUtcNow(), first[^1]);
    }

    [Fact]
    public void Disposing_a_subscription_stops_its_ticks_and_the_last_one_stops_the_timer()
    {
        using var ticker = new SlaTicker(_time, NullLogger<SlaTicker>.Instance);
        var ticks = 0;
        var subscription = ticker.Subscribe(_ => ticks++);
        _time.Advance(TimeSpan.FromSeconds(1));

        subscription.Dispose();
        subscription.Dispose();
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, ticks);
        Assert.Equal(0, ticker.SubscriberCount);
        Assert.False(ticker.IsTicking);
    }

    [Fact]
    public void A_failing_subscriber_does_not_stop_the_others()
    {
        using var ticker = new SlaTicker(_time, NullLogger<SlaTicker>.Instance);
        var ticks = 0;
        using var broken = ticker.Subscribe(_ => throw new InvalidOperationException("broken countdown"));
        using var healthy = ticker.Subscribe(_ => ticks++);

        _time.Advance(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(2, ticks);
    }

    [Fact]
    public void Nobody_listening_means_no_timer()
    {
        using var ticker = new SlaTicker(_time, NullLogger<SlaTicker>.Instance);

        Assert.False(ticker.IsTicking);
        using (ticker.Subscribe(_ => { }))
        {
            Assert.True(ticker.IsTicking);
        }

        Assert.False(ticker.IsTicking);
    }

    [Fact]
    public void Ticks_fall_on_the_whole_seconds_of_the_clock_whenever_the_first_subscriber_came()
    {
        _time.Advance(TimeSpan.FromMilliseconds(300));
        using var ticker = new SlaTicker(_time, NullLogger<SlaTicker>.Instance);
        var ticks = new List<DateTimeOffset>();
        using var subscription = ticker.Subscribe(ticks.Add);

        _time.Advance(TimeSpan.FromMilliseconds(699));
        Assert.Empty(ticks);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 10, 9, 0, 1, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 10, 9, 0, 2, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 10, 9, 0, 3, TimeSpan.Zero),
            ],
            ticks);
    }

    [Fact]
    public void A_late_tick_does_not_shift_the_following_ones_off_the_whole_second_nor_come_in_a_burst()
    {
        using var ticker = new SlaTicker(_time, NullLogger<SlaTicker>.Instance);
        var ticks = new List<DateTimeOffset>();
        using var subscription = ticker.Subscribe(ticks.Add);

        // One big step: the fake clock fires the due tick late, at 9:00:02.400, once (a stalled server catches up with
        // one tick showing the current time, not with a burst of stale ones).
        _time.Advance(TimeSpan.FromMilliseconds(2400));
        _time.Advance(TimeSpan.FromMilliseconds(599));
        Assert.Single(ticks);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 10, 9, 0, 2, 400, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 10, 9, 0, 3, TimeSpan.Zero),
            ],
            ticks);
    }
}
