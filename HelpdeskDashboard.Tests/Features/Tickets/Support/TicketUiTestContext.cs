using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Notifications;
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
        Context.Services.AddAuthorization();
        Context.Services.AddSingleton<HelpdeskDashboard.Features.Portal.Profile.IViewerTimeZone>(new Portal.Support.FixedViewerTimeZone(Calendar.TimeZone));
    }

    protected TicketChangeHub Hub { get; } = new(NullLogger<TicketChangeHub>.Instance);

    /// <summary>Replace before the first render to sign in someone else.</summary>
    internal FakeCurrentUser User { get; set; } = FakeCurrentUser.Agent();
}
