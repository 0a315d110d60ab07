using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>
/// <see cref="BunitTestBase"/> with the names the ticket page's tests use (<see cref="Hub"/>) and the authorization
/// services; the ticket page tests get their queries from the test.
/// </summary>
public abstract class TicketUiTestContext : BunitTestBase
{
    protected TicketUiTestContext(string startsAt = "Tue 2026-03-10 11:00")
        : base(startsAt)
    {
        Context.Services.AddAuthorization();
    }

    protected TicketChangeHub Hub => TicketChanges;
}
