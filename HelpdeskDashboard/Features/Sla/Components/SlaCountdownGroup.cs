namespace HelpdeskDashboard.Features.Sla.Components;

/// <summary>
/// The live countdowns of one circuit, ticked together: one subscription to the app's <see cref="SlaTicker"/> per
/// circuit and one render batch per tick for every countdown whose words changed, instead of one batch per
/// countdown and second. Scoped: a circuit's countdowns share its dispatcher.
/// </summary>
public sealed class SlaCountdownGroup(SlaTicker ticker) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<SlaCountdown> _members = [];
    private List<SlaCountdown> _changed = [];
    private IDisposable? _subscription;

    public int MemberCount
    {
        get
        {
            lock (_gate)
            {
                return _members.Count;
            }
        }
    }

    /// <summary>Ticks the countdown with the others until the returned membership is disposed.</summary>
    internal IDisposable Join(SlaCountdown countdown)
    {
        lock (_gate)
        {
            _members.Add(countdown);
            _subscription ??= ticker.Subscribe(OnTick);
        }

        return new Membership(this, countdown);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _members.Clear();
            _changed.Clear();
            _subscription?.Dispose();
            _subscription = null;
        }
    }

    private void Leave(SlaCountdown countdown)
    {
        lock (_gate)
        {
            _members.Remove(countdown);
            _changed.Remove(countdown);
            if (_members.Count == 0)
            {
                _subscription?.Dispose();
                _subscription = null;
            }
        }
    }

    // On the ticker's thread: the words are worked out here, off the circuit; only a change costs a render.
    private void OnTick(DateTimeOffset now)
    {
        SlaCountdown[] members;
        lock (_gate)
        {
            members = [.. _members];
        }

        SlaCountdown? dispatcher = null;
        foreach (var countdown in members)
        {
            if (!countdown.Advance(now))
            {
                continue;
            }

            lock (_gate)
            {
                // A batch is already on its way (the circuit is busy): it takes this change along.
                if (_changed.Count == 0)
                {
                    dispatcher = countdown;
                }

                if (!_changed.Contains(countdown))
                {
                    _changed.Add(countdown);
                }
            }
        }

        dispatcher?.Dispatch(RenderChanged);
    }

    // On the circuit: the first changed countdown still on the page renders, and while it renders the others queue
    // their renders (RenderOthersWith), so the renderer sends them all in that one batch.
    private void RenderChanged()
    {
        SlaCountdown? opener;
        lock (_gate)
        {
            opener = _changed.Find(countdown => !countdown.IsDisposed);
            if (opener is null)
            {
                _changed.Clear();
                return;
            }
        }

        opener.Rerender();
    }

    /// <summary>Called by a countdown while it renders (on the circuit); queues the renders of the others changed by the same tick.</summary>
    internal void RenderOthersWith(SlaCountdown rendering)
    {
        List<SlaCountdown> changed;
        lock (_gate)
        {
            if (_changed.Count == 0)
            {
                return;
            }

            changed = _changed;
            _changed = [];
        }

        foreach (var countdown in changed)
        {
            if (!ReferenceEquals(countdown, rendering) && !countdown.IsDisposed)
            {
                countdown.Rerender();
            }
        }
    }

    private sealed class Membership(SlaCountdownGroup group, SlaCountdown countdown) : IDisposable
    {
        private SlaCountdownGroup? _group = group;

        public void Dispose() => Interlocked.Exchange(ref _group, null)?.Leave(countdown);
    }
}
