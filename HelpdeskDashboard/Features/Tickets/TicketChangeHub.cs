using HelpdeskDashboard.Platform.Changes;

using HelpdeskDashboard.Features.Notifications;
namespace HelpdeskDashboard.Features.Tickets;

/// <summary>
/// In-process notification hub: services publish the id of a ticket that changed (after the change is committed);
/// every open board or ticket page re-queries it under its own user's permissions. Only ids travel, never data,
/// so nothing a user may not see can leak through the hub. A singleton; one app instance.
/// </summary>
public sealed class TicketChangeHub(ILogger<TicketChangeHub> logger)
{
    private readonly SubscriberList<Func<TicketChanged, Task>> subscribers = new();

    public int SubscriberCount => subscribers.Snapshot.Length;

    /// <summary>
    /// Listens until the returned handle is disposed. Handlers should only hand the work to their circuit
    /// (<c>_ = InvokeAsync(ReloadAsync)</c>) so a slow page never delays the publisher.
    /// </summary>
    public IDisposable Subscribe(Func<TicketChanged, Task> handler) => subscribers.Add(handler);

    public async Task PublishAsync(TicketChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var subscriber in subscribers.Snapshot)
        {
            try
            {
                await subscriber(change);
            }
            catch (Exception error)
            {
                // A failing page must not stop the others from hearing about the change.
                logger.LogWarning(error, "A subscriber failed to handle the change of ticket {TicketId}.", change.TicketId);
            }
        }
    }
}

/// <summary>What changed, by id only. <paramref name="AgentIds"/> names agents directly concerned (e.g. old and new assignee).</summary>
public sealed record TicketChanged(int TicketId, TicketChangeKind Kind, IReadOnlyList<int>? AgentIds = null);

public enum TicketChangeKind
{
    Created,
    CustomerMessage,
    AgentReply,
    InternalNote,
    StatusChanged,
    Assigned,
    TimeLogged,
}
