using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Features.Sla.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>The SLA test context plus the change hub and a signed-in user; pages get their queries from the test.</summary>
public abstract class TicketUiTestContext : SlaUiTestContext
{
    protected TicketUiTestContext(string startsAt = "Tue 2026-03-10 11:00")
        : base(startsAt)
    {
        Context.Services.AddSingleton(Hub);
        Context.Services.AddScoped<ICurrentUser>(_ => User);
        Context.Services.AddSingleton<IViewerTimeZone>(_ => ViewerZone);
        Context.Services.AddAuthorization();
    }

    protected TicketChangeHub Hub { get; } = new(NullLogger<TicketChangeHub>.Instance);

    /// <summary>The signed-in user's own zone; the company's (Berlin) unless a test moves the viewer.</summary>
    internal FixedViewerTimeZone ViewerZone { get; } = new(Zone);

    /// <summary>Replace before the first render to sign in someone else.</summary>
    internal FakeCurrentUser User { get; set; } = FakeCurrentUser.Agent();
}
