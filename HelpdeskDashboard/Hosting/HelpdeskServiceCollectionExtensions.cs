using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Agents;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Portal.Home;
using HelpdeskDashboard.Features.Portal.Profile;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Files;
using HelpdeskDashboard.Platform.Health;
using HelpdeskDashboard.Platform.Scheduling;
using HelpdeskDashboard.Platform.Startup;
using MudBlazor.Services;

namespace HelpdeskDashboard.Hosting;

public static class HelpdeskServiceCollectionExtensions
{
    /// <summary>
    /// Everything the app registers, and its start-up sequence. Features register their own services; the order
    /// here matters only where a later registration replaces an earlier one (none today) and for the start-up steps.
    /// </summary>
    public static IServiceCollection AddHelpdesk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpHardening();

        services.AddHelpdeskDatabase();
        services.AddHelpdeskHealthChecks();
        services.AddHelpdeskIdentity();
        services.AddContentStore();
        services.AddSla();
        services.AddTiers();
        services.AddEmailOutbox();
        services.AddTickets();
        services.AddBilling();
        services.AddAssignment();
        services.AddEscalations();
        services.AddAgentAdministration();
        services.AddPortalHome();
        services.AddPortalTickets();
        services.AddPortalProfile();
        services.AddOrderImport();
        services.AddTierRecalculation();
        services.AddMailbox();
        services.AddBusinessCalendarEditing();
        services.AddSlaReports();
        // Quartz on the app's database: the quarterly tier recalculation, every minute the outbox delivery, and the
        // mail source every Email:Inbound:PollInterval.
        services.AddScheduling(quartz => quartz.AddTierRecalculation().AddOutboxDelivery().AddInboundMail());
        services.AddDemoData();

        // Start-up, one step after the other before the server takes requests (docs/operations.md › Start-up).
        services
            .AddStartupStep<DatabaseMigrator>()     // the schema first
            .AddStartupStep<CalendarStartup>()      // the calendar's versions from the database (the file's on a new one)
            .AddStartupStep<DemoDataStartup>()      // Development: the demo data set ...
            .AddStartupStep<DemoAccountsStartup>()  // ... and its sign-ins, linked to the seeded agents and people
            .AddStartupStep<AccountBootstrapper>()  // roles, the first manager from "Bootstrap", manager flags from the role
            .AddStartupStep<ResponseClockBackfill>() // once: finished clocks recorded from the history, for the reports
            .AddStartupStep<SchedulerStartup>();    // Quartz last: its jobs find the data and accounts in place

        // After the start-up sequence (hosted services start in order): the escalation timer reads a migrated database.
        services.AddEscalationScheduler();
        return services;
    }
}
