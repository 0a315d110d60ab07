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

        _time.Advance(TimeSpan.FromSeconds(3));

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

        _time.Advance(TimeSpan.FromSeconds(2));

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
}
