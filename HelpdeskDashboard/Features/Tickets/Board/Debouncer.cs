namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// Runs an action once calls to <see cref="Trigger"/> have stopped for the given delay, so a burst of changes or
/// keystrokes costs one query. Built on <see cref="TimeProvider"/> so tests move a fake clock instead of waiting.
/// The action runs on a timer thread; a component hands it to its circuit with InvokeAsync.
/// </summary>
public sealed class Debouncer : IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeSpan _delay;
    private readonly ITimer _timer;
    private bool _disposed;

    public Debouncer(TimeProvider timeProvider, TimeSpan delay, Action action)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(action);
        _delay = delay;
        _timer = timeProvider.CreateTimer(_ => action(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>(Re)starts the delay; the action runs once it passes without another call.</summary>
    public void Trigger()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _timer.Change(_delay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }
}
