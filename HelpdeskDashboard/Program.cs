using HelpdeskDashboard.Components;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Agents;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Billing.Manager;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Portal.Home;
using HelpdeskDashboard.Features.Portal.Profile;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;
using MudBlazor.Services;

using HelpdeskDashboard.Hosting.Commands;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Health;
using HelpdeskDashboard.Platform.Scheduling;
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddMudServices();

// Hosted services start in this order: migrate the database, seed demo data, then bootstrap accounts.
builder.Services.AddHelpdeskDatabase();
builder.Services.AddHelpdeskHealthChecks();
builder.Services.AddSla();
builder.Services.AddEmailOutbox();
builder.Services.AddTickets();
builder.Services.AddBilling();
builder.Services.AddTiers();
builder.Services.AddPortalProfile();
builder.Services.AddPortalTickets();
builder.Services.AddPortalHome();
builder.Services.AddTierRecalculation();
builder.Services.AddOrderImport();
// Quartz on the app's SQLite file: the quarterly tier recalculation and, every minute, the outbox delivery.
builder.Services.AddScheduling(quartz => quartz.AddOutboxDelivery());
builder.Services.AddDemoData();
builder.Services.AddHelpdeskIdentity();
builder.Services.AddAssignment();
builder.Services.AddAgentAdministration();

var app = builder.Build();

// Account command (--create-manager): does its work and exits without starting the server.
if (CreateManagerCommand.IsRequested(args))
{
    Environment.ExitCode = await CreateManagerCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

// Volume command (--seed-volume): adds synthetic open tickets and orders for performance work, then exits.
if (SeedVolumeCommand.IsRequested(args))
{
    Environment.ExitCode = await SeedVolumeCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

// Measurement command (--measure-tier-recalc): times a recalculation on a generated database, then exits.
if (MeasureTierRecalculationCommand.IsRequested(args))
{
    Environment.ExitCode = await MeasureTierRecalculationCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseSameOriginFramingOnly();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

// Every endpoint needs a signed-in user unless it says otherwise (fallback policy, see Policies).
app.MapStaticAssets().AllowAnonymous();
app.MapHelpdeskHealthChecks().AllowAnonymous();
app.MapAccountEndpoints();
app.MapTicketApi();
app.MapOrderApi();
app.MapBillingEndpoints();
app.MapRazorComponents<App>()
    .AddUncompressedInteractiveServerRenderMode()
    .AllowAnonymousFrameworkEndpoints();

app.Run();

/// <summary>Entry point; public so the tests' WebApplicationFactory can start the app.</summary>
public partial class Program;
