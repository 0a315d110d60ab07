namespace HelpdeskDashboard.Platform.Changes;

/// <summary>
/// In-process notification hub (a singleton per app instance): services publish what changed after the change is
/// committed, every subscriber hears it. Only ids should travel, never data: a listening page re-reads what it shows
/// under its own user's permissions, so nothing a user may not see can leak through the hub.
/// </summary>
public class ChangeHub<TChange>(ILogger logger)
{
    private readonly SubscriberList<Func<TChange, Task>> _subscribers = new();

    public int SubscriberCount => _subscribers.Snapshot.Length;

    /// <summary>
    /// Listens until the returned handle is disposed. Handlers should only hand the work to their circuit
    /// (a <see cref="LiveRefresh{TChange}"/> on the page) so a slow page never delays the publisher.
    /// </summary>
    public IDisposable Subscribe(Func<TChange, Task> handler) => _subscribers.Add(handler);

    /// <summary>Awaits every subscriber in turn; one that fails is logged and the others still hear the change.</summary>
    public async Task PublishAsync(TChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var subscriber in _subscribers.Snapshot)
        {
            try
            {
                await subscriber(change);
            }
            catch (Exception error)
            {
                logger.LogWarning(error, "A subscriber failed to handle the change {Change}.", change);
            }
        }
    }
}
