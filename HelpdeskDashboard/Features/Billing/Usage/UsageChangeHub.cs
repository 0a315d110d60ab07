using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Changes;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>
/// Publishes the id of a customer whose usage changed (time logged, corrected or deleted, hours bought), after commit.
/// Like <see cref="TicketChangeHub"/> only ids travel: each open portal re-reads its own usage under its own user.
/// </summary>
public sealed class UsageChangeHub(ILogger<UsageChangeHub> logger) : ChangeHub<int>(logger);
