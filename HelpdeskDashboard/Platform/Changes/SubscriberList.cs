namespace HelpdeskDashboard.Platform.Changes;

/// <summary>
/// A copy-on-write list of subscribers: publishing reads a snapshot without locking, and each subscription is an
/// <see cref="IDisposable"/> that removes exactly its own handler once, however often it is disposed.
/// </summary>
public sealed class SubscriberList<T> where T : class
{
    private readonly Lock _gate = new();
    private readonly Action<int>? _countChanged;
    private T[] _items = [];

    /// <param name="countChanged">Called under the list's lock with the new count, e.g. to start or stop a timer.</param>
    public SubscriberList(Action<int>? countChanged = null) => _countChanged = countChanged;

    public T[] Snapshot => Volatile.Read(ref _items);

    public IDisposable Add(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _items = [.. _items, item];
            _countChanged?.Invoke(_items.Length);
        }

        return new Subscription(this, item);
    }

    private void Remove(T item)
    {
        lock (_gate)
        {
            // Remove one occurrence: the same handler may be subscribed twice, each with its own subscription.
            var index = Array.FindIndex(_items, existing => ReferenceEquals(existing, item));
            _items = [.. _items[..index], .. _items[(index + 1)..]];
            _countChanged?.Invoke(_items.Length);
        }
    }

    private sealed class Subscription(SubscriberList<T> list, T item) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                list.Remove(item);
            }
        }
    }
}
