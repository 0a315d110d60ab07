using HelpdeskDashboard.Platform.Changes;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>One in-app notification for an agent, e.g. "Ticket #12 was assigned to you by Morgan".</summary>
public sealed record AgentNotification(long Id, int TicketId, string Text, DateTimeOffset At, bool IsRead);

/// <summary>
/// In-app notifications per agent, held in memory (a singleton; one app instance). Chosen over a table because a
/// notification only matters while the agent works: the ticket itself and the audit log keep the lasting record.
/// A restart empties the bell. Each agent keeps the newest <see cref="MaxPerAgent"/>.
/// </summary>
public sealed class AgentNotificationCenter(TimeProvider timeProvider)
{
    public const int MaxPerAgent = 50;

    private readonly Lock _gate = new();
    private readonly Dictionary<int, List<AgentNotification>> _byAgent = [];
    private readonly SubscriberList<Action<int>> _listeners = new();
    private long _nextId;

    public void Notify(int agentId, int ticketId, string text)
    {
        lock (_gate)
        {
            if (!_byAgent.TryGetValue(agentId, out var list))
            {
                _byAgent[agentId] = list = [];
            }

            list.Insert(0, new AgentNotification(++_nextId, ticketId, text, timeProvider.GetUtcNow(), IsRead: false));
            if (list.Count > MaxPerAgent)
            {
                list.RemoveRange(MaxPerAgent, list.Count - MaxPerAgent);
            }
        }

        Changed(agentId);
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<AgentNotification> For(int agentId)
    {
        lock (_gate)
        {
            return _byAgent.TryGetValue(agentId, out var list) ? [.. list] : [];
        }
    }

    public int UnreadCount(int agentId)
    {
        lock (_gate)
        {
            return _byAgent.TryGetValue(agentId, out var list) ? list.Count(n => !n.IsRead) : 0;
        }
    }

    public void MarkAllRead(int agentId)
    {
        lock (_gate)
        {
            if (!_byAgent.TryGetValue(agentId, out var list) || list.All(n => n.IsRead))
            {
                return;
            }

            for (var i = 0; i < list.Count; i++)
            {
                list[i] = list[i] with { IsRead = true };
            }
        }

        Changed(agentId);
    }

    /// <summary>Calls <paramref name="agentChanged"/> with the agent's id whenever an agent's notifications change.</summary>
    public IDisposable Subscribe(Action<int> agentChanged) => _listeners.Add(agentChanged);

    private void Changed(int agentId)
    {
        foreach (var listener in _listeners.Snapshot)
        {
            listener(agentId);
        }
    }
}
