namespace HelpdeskDashboard.Platform.Changes;

/// <summary>
/// A copy-on-write list of subscribers: publishing reads a snapshot without locking, and each subscription is an
/// <see cref="IDisposable"/> that removes exactly its own handler once, however often it is disposed.
/// </summary>
public sealed class SubscriberList<T> where T : class
{
    private readonly Lock gate = new();
    private readonly Action<int>? countChanged;
    private T[] items = [];

    /// <param name="countChanged">Called under the list's lock with the new count, e.g. to start or stop a timer.</param>
    public SubscriberList(Action<int>? countChanged = null) => this.countChanged = countChanged;

    public T[] Snapshot => Volatile.Read(ref items);

    public IDisposable Add(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (gate)
        {
            items = [.. items, item];
            countChanged?.Invoke(items.Length);
        }

        return new Subscription(this, item);
    }

    private void Remove(T item)
    {
        lock (gate)
        {
            // Remove one occurrence: the same handler may be subscribed twice, each with its own subscription.
            var index = Array.FindIndex(items, existing => ReferenceEquals(existing, item));
            items = [.. items[..index], .. items[(index + 1)..]];
            countChanged?.Invoke(items.Length);
        }
    }

    private sealed class Subscription(SubscriberList<T> list, T item) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                list.Remove(item);
            }
        }
    }
}
