using HelpdeskDashboard.Features.Notifications;

using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Changes;
namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>
/// Publishes the id of a customer whose usage changed (time logged, corrected or deleted, hours bought), after commit.
/// Like <see cref="TicketChangeHub"/> only ids travel: each open portal re-reads its own usage under its own user.
/// </summary>
public sealed class UsageChangeHub(ILogger<UsageChangeHub> logger)
{
    private readonly SubscriberList<Func<int, Task>> subscribers = new();

    public int SubscriberCount => subscribers.Snapshot.Length;

    /// <summary>Handlers should only hand the work to their circuit, so a slow page never delays the publisher.</summary>
    public IDisposable Subscribe(Func<int, Task> handler) => subscribers.Add(handler);

    public async Task PublishAsync(int customerId)
    {
        foreach (var subscriber in subscribers.Snapshot)
        {
            try
            {
                await subscriber(customerId);
            }
            catch (Exception error)
            {
                logger.LogWarning(error, "A subscriber failed to handle the usage change of customer {CustomerId}.", customerId);
            }
        }
    }
}
