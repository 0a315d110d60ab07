using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Changes;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>
/// Publishes the id of a customer whose usage changed (time logged, corrected or deleted, hours bought), after commit.
/// Like <see cref="TicketChangeHub"/> only ids travel: each open portal re-reads its own usage under its own user.
/// On PostgreSQL the ids reach every instance (channel "helpdesk_usage"); a missed change is heard as
/// <see cref="EveryCustomer"/> by plain subscribers (a <see cref="LiveRefresh{TChange}"/> simply reloads).
/// </summary>
public sealed class UsageChangeHub(ILogger<UsageChangeHub> logger, ChangeRelay? relay = null)
    : ChangeHub<int>(logger, relay, "helpdesk_usage", EveryCustomer)
{
    /// <summary>Not a customer: any customer's usage may have changed.</summary>
    public const int EveryCustomer = 0;
}
