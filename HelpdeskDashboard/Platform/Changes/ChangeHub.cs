using System.Text;
using System.Text.Json;

namespace HelpdeskDashboard.Platform.Changes;

/// <summary>
/// Notification hub (a singleton per app instance): services publish what changed after the change is committed, every
/// subscriber hears it. Only ids should travel, never data: a listening page re-reads what it shows under its own
/// user's permissions, so nothing a user may not see can leak through the hub.
/// <para>
/// On SQLite (one instance) a change goes straight to this instance's subscribers. On PostgreSQL, where several
/// instances share the database, a hub built with a <see cref="ChangeRelay"/> sends the change as a NOTIFY on its
/// <see cref="Channel"/> instead, and the <see cref="PostgreSqlChangeListener"/> of every instance (the publisher's
/// included) hands it to its local subscribers: each instance hears each change once, in commit order.
/// </para>
/// </summary>
public class ChangeHub<TChange> : IRelayedChangeHub
{
    // PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.
    private const int MaxPayloadBytes = 7999;

    private readonly SubscriberList<Subscriber> _subscribers = new();
    private readonly ILogger _logger;
    private readonly ChangeRelay? _relay;
    private readonly TChange _everythingChanged;
    private long _generation;

    /// <summary>A hub for this instance only.</summary>
    public ChangeHub(ILogger logger)
        : this(logger, relay: null, channel: "", everythingChanged: default!)
    {
    }

    /// <param name="relay">Carries the changes to every instance when the database is PostgreSQL; null: this instance only.</param>
    /// <param name="channel">The PostgreSQL channel of this hub, a lower-case identifier unique per hub.</param>
    /// <param name="everythingChanged">
    /// What a plain subscriber hears when changes may have been missed (the listener reconnected): "re-read everything".
    /// </param>
    protected ChangeHub(ILogger logger, ChangeRelay? relay, string channel, TChange everythingChanged)
    {
        _logger = logger;
        _relay = relay;
        Channel = channel;
        _everythingChanged = everythingChanged;
    }

    public string Channel { get; }

    public int SubscriberCount => _subscribers.Snapshot.Length;

    /// <summary>
    /// Raised for every change this instance publishes or hears (a missed batch counts as one), before any subscriber
    /// hears it: whatever was read before the change carries an older generation. On PostgreSQL the publisher raises
    /// it twice (publish and delivery); only its moving matters, never its value.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// Listens until the returned handle is disposed. Handlers should only hand the work to their circuit
    /// (a <see cref="LiveRefresh{TChange}"/> on the page) so a slow page never delays the publisher.
    /// When changes may have been missed, the handler hears the hub's "everything changed" value.
    /// </summary>
    public IDisposable Subscribe(Func<TChange, Task> handler) => _subscribers.Add(new Subscriber(handler, Missed: null));

    /// <summary>As <see cref="Subscribe(Func{TChange, Task})"/>, with <paramref name="missed"/> called instead when changes may have been missed.</summary>
    public IDisposable Subscribe(Func<TChange, Task> handler, Func<Task> missed)
    {
        ArgumentNullException.ThrowIfNull(missed);
        return _subscribers.Add(new Subscriber(handler, missed));
    }

    /// <summary>
    /// Delivers the change to this instance's subscribers, or on PostgreSQL to every instance's (through NOTIFY).
    /// Never throws for a subscriber or a failed NOTIFY: the change is committed, so both are logged.
    /// </summary>
    public Task PublishAsync(TChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_relay is not { CrossInstance: true })
        {
            return DeliverAsync(change);
        }

        var payload = JsonSerializer.Serialize(change);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            payload = JsonSerializer.Serialize(_everythingChanged); // still ids only; everybody re-reads
        }

        // Raised here too, not only when the notification comes back: until then this instance would still serve
        // pages read before the change (SharedBoardPages), even to the user who made it.
        Interlocked.Increment(ref _generation);
        return _relay.NotifyAsync(Channel, payload);
    }

    async Task IRelayedChangeHub.DeliverAsync(string payload)
    {
        TChange? change;
        try
        {
            change = JsonSerializer.Deserialize<TChange>(payload);
        }
        catch (JsonException error)
        {
            _logger.LogWarning(error, "A change on channel {Channel} could not be read; everybody re-reads.", Channel);
            change = default;
        }

        if (change is null)
        {
            await ((IRelayedChangeHub)this).DeliverMissedAsync();
            return;
        }

        await DeliverAsync(change);
    }

    async Task IRelayedChangeHub.DeliverMissedAsync()
    {
        Interlocked.Increment(ref _generation);
        foreach (var subscriber in _subscribers.Snapshot)
        {
            await CallAsync(() => subscriber.Missed?.Invoke() ?? subscriber.Heard(_everythingChanged), _everythingChanged);
        }
    }

    /// <summary>Awaits every subscriber in turn; one that fails is logged and the others still hear the change.</summary>
    private async Task DeliverAsync(TChange change)
    {
        Interlocked.Increment(ref _generation);
        foreach (var subscriber in _subscribers.Snapshot)
        {
            await CallAsync(() => subscriber.Heard(change), change);
        }
    }

    private async Task CallAsync(Func<Task> call, TChange change)
    {
        try
        {
            await call();
        }
        catch (Exception error)
        {
            _logger.LogWarning(error, "A subscriber failed to handle the change {Change}.", change);
        }
    }

    private sealed record Subscriber(Func<TChange, Task> Heard, Func<Task>? Missed);
}
