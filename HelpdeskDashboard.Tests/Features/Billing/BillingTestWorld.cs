using System.Security.Claims;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Billing.Purchases;
using HelpdeskDashboard.Features.Billing.TimeTracking;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Portal.Home;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Billing;

/// <summary>
/// The ticket test world's people and SQLite file (Gold, Platinum, Basic and another Gold customer; agents Alex and
/// Jonas, manager Morgan) with the billing services registered as the app does (after the ticket services).
/// </summary>
internal sealed class BillingTestWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BillingTestWorld(TicketTestWorld tickets, Dictionary<string, string?> settings)
    {
        Tickets = tickets;
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        TicketTestWorld.AddTicketServices(collection, tickets.Database, tickets.Time);
        collection.AddBilling();
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _services.GetRequiredService<TicketChangeHub>().Subscribe(change =>
        {
            lock (TicketChanges)
            {
                TicketChanges.Add(change);
            }

            return Task.CompletedTask;
        });
        _services.GetRequiredService<UsageChangeHub>().Subscribe(customerId =>
        {
            lock (UsageChanges)
            {
                UsageChanges.Add(customerId);
            }

            return Task.CompletedTask;
        });
    }

    public TicketTestWorld Tickets { get; }

    public List<TicketChanged> TicketChanges { get; } = [];

    public List<int> UsageChanges { get; } = [];

    public static async Task<BillingTestWorld> CreateAsync(DateTimeOffset now, Dictionary<string, string?>? settings = null) =>
        new(await TicketTestWorld.CreateAsync(now), settings ?? []);

    public async Task<T> AsAsync<T>(ClaimsPrincipal principal, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = principal;
        return await action(scope.ServiceProvider);
    }

    public Task<CommandResult<int>> TimeAsync(ClaimsPrincipal principal, Func<ITimeTracking, Task<CommandResult<int>>> command) =>
        AsAsync(principal, sp => command(sp.GetRequiredService<ITimeTracking>()));

    public Task<CommandResult<int>> WorkflowAsync(ClaimsPrincipal principal, Func<ITicketWorkflow, Task<CommandResult<int>>> command) =>
        AsAsync(principal, sp => command(sp.GetRequiredService<ITicketWorkflow>()));

    public Task<CommandResult<HourPurchase>> BuyAsync(ClaimsPrincipal principal, BuyExtraHours command) =>
        AsAsync(principal, sp => sp.GetRequiredService<HourPurchaseService>().BuyAsync(command));

    public Task<PortalHome?> PortalAsync(ClaimsPrincipal principal) =>
        AsAsync(principal, sp => sp.GetRequiredService<IPortalHomeQuery>().GetAsync());

    public async Task<MonthlyUsage> UsageAsync(int customerId, BillingMonth month)
    {
        await using var db = Tickets.Database.CreateDbContext();
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, TestContext.Current.CancellationToken);
        return await _services.GetRequiredService<UsageLedger>().ComputeAsync(db, customer, month, TestContext.Current.CancellationToken);
    }

    public async Task<int> OpenTicketAsync(int customerId, TicketKind kind, DateTimeOffset created)
    {
        await using var db = Tickets.Database.CreateDbContext();
        var ticket = new Ticket
        {
            CustomerId = customerId, Subject = $"{kind} ticket", Kind = kind, Status = TicketStatus.Open,
            CreatedUtcTicks = created.UtcTicks, UpdatedUtcTicks = created.UtcTicks,
        };
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket.Id;
    }

    public HelpdeskDbContext OpenDb() => Tickets.Database.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Tickets.DisposeAsync();
    }
}
