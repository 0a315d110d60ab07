using System.Security.Claims;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Assignment.Support;

/// <summary>
/// The ticket test world (real SQLite file, fake clock, Alex and Jonas agents, Morgan manager, Tobias inactive) with
/// the assignment services registered as the app registers them, and a record of every change published.
/// </summary>
internal sealed class AssignmentTestWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDisposable _subscription;

    private AssignmentTestWorld(TicketTestWorld tickets)
    {
        Tickets = tickets;
        var collection = new ServiceCollection();
        collection.AddLogging();
        TicketTestWorld.AddTicketServices(collection, tickets.Database, tickets.Time);
        collection.AddAssignment();
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _subscription = _services.GetRequiredService<TicketChangeHub>().Subscribe(change =>
        {
            lock (Published)
            {
                Published.Add(change);
            }

            return Task.CompletedTask;
        });
    }

    public TicketTestWorld Tickets { get; }

    public List<TicketChanged> Published { get; } = [];

    public AgentNotificationCenter Notifications => _services.GetRequiredService<AgentNotificationCenter>();

    public static async Task<AssignmentTestWorld> CreateAsync() => new(await TicketTestWorld.CreateAsync());

    public async Task<T> AsAsync<T>(ClaimsPrincipal principal, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = principal;
        return await action(scope.ServiceProvider);
    }

    public Task<T> AsManagerAsync<T>(Func<IAssignmentService, Task<T>> action) =>
        AsAsync(Tickets.MorganSignedIn, sp => action(sp.GetRequiredService<IAssignmentService>()));

    public async Task<int> VersionOfAsync(int ticketId) => (await Tickets.TicketAsync(ticketId)).Version;

    public async Task<int?> AssigneeOfAsync(int ticketId) => (await Tickets.TicketAsync(ticketId)).AssigneeAgentId;

    public async Task<List<HelpdeskDashboard.Features.Audit.AuditEntry>> AuditAsync()
    {
        await using var db = Tickets.Database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task SetStatusDirectlyAsync(int ticketId, TicketStatus status)
    {
        await using var db = Tickets.Database.CreateDbContext();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == ticketId, TestContext.Current.CancellationToken);
        ticket.Status = status;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _subscription.Dispose();
        await _services.DisposeAsync();
        await Tickets.DisposeAsync();
    }
}
