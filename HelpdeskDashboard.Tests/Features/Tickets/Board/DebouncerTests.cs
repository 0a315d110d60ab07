using HelpdeskDashboard.Features.Tickets.Board;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Tickets.Board;

public sealed class DebouncerTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);
    private readonly FakeTimeProvider _time = new();
    private int _runs;

    [Fact]
    public void Runs_once_after_the_calls_stop()
    {
        using var debouncer = new Debouncer(_time, Delay, () => _runs++);

        debouncer.Trigger();
        _time.Advance(TimeSpan.FromMilliseconds(150));
        debouncer.Trigger();
        _time.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Equal(0, _runs);

        _time.Advance(TimeSpan.FromMilliseconds(50));
        Assert.Equal(1, _runs);

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, _runs);
    }

    [Fact]
    public void Does_nothing_until_triggered_and_nothing_after_disposal()
    {
        var debouncer = new Debouncer(_time, Delay, () => _runs++);
        _time.Advance(TimeSpan.FromSeconds(1));

        debouncer.Trigger();
        debouncer.Dispose();
        debouncer.Trigger();
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, _runs);
    }
}
