using System.Security.Claims;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>
/// A small helpdesk on a real SQLite file: four customers, their people, four agents, the ticket services registered
/// by <c>AddTickets</c> with a fake clock, and a record of every change the hub published.
/// Default calendar (Mon–Fri 00:00–24:00, Europe/Berlin); tiers as shipped (Platinum 24 h, Gold 72 h, Basic none).
/// </summary>
internal sealed class TicketTestWorld : IAsyncDisposable
{
    /// <summary>Wednesday 2026-05-13 10:00 in Berlin.</summary>
    public static readonly DateTimeOffset Start = new(2026, 5, 13, 10, 0, 0, TimeSpan.FromHours(2));

    private readonly ServiceProvider _services;
    private readonly IDisposable _subscription;

    private TicketTestWorld(RacingTestDatabase database, FakeTimeProvider time)
    {
        Database = database;
        Time = time;
        var collection = new ServiceCollection();
        collection.AddLogging();
        AddTicketServices(collection, database, time);
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _subscription = Hub.Subscribe(change =>
        {
            lock (Published)
            {
                Published.Add(change);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>What every service-level test world needs: policies, the database, the clock, the SLA engine, the tier
    /// catalogue, a test user, scoped queries, the change hub and the ticket services. Feature worlds add their own.</summary>
    internal static void AddTicketServices(IServiceCollection collection, RacingTestDatabase database, TimeProvider time)
    {
        collection.TryAddSingleton<IConfiguration>(new ConfigurationBuilder().Build()); // feature worlds may bring their own
        collection.AddSingleton(database.Files);
        collection.AddSingleton(Options.Create(MailOptions));
        collection.AddSingleton<OutboxWriter>();
        collection.AddAuthorizationCore();
        new AuthorizationBuilder(collection).AddHelpdeskPolicies();
        collection.AddSingleton<IDbContextFactory<HelpdeskDbContext>>(database);
        collection.AddSingleton(time);
        collection.AddSingleton(Calendar);
        collection.AddSingleton(new CompanyClock(Calendar.TimeZone, time));
        collection.AddSingleton(Options.Create(new SlaOptions()));
        collection.AddSingleton(sp => new SlaEngine(sp.GetRequiredService<BusinessCalendar>(), sp.GetRequiredService<IOptions<SlaOptions>>().Value));
        collection.AddSingleton(TestTiers.Catalog());
        collection.AddScoped<TestCurrentUser>();
        collection.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        collection.AddScoped<ScopedQueries>();
        collection.AddTickets();
    }

    public static BusinessCalendar Calendar { get; } = new(new BusinessCalendarOptions());

    /// <summary>The mail settings ticket mails are written with: links start at https://helpdesk.example.com.</summary>
    public static EmailOptions MailOptions { get; } = new() { From = "helpdesk@example.com", SupportAddress = "support@example.com", PublicBaseUrl = "https://helpdesk.example.com" };

    public RacingTestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public TicketChangeHub Hub => _services.GetRequiredService<TicketChangeHub>();

    public TicketClock Clock => _services.GetRequiredService<TicketClock>();

    public TierCatalog Catalog => _services.GetRequiredService<TierCatalog>();

    public List<TicketChanged> Published { get; } = [];

    public Customer Gold { get; private set; } = null!;

    public Customer Platinum { get; private set; } = null!;

    public Customer Basic { get; private set; } = null!;

    public Customer OtherGold { get; private set; } = null!;

    public CustomerUser GoldPerson { get; private set; } = null!;

    public CustomerUser OtherGoldPerson { get; private set; } = null!;

    public Agent Alex { get; private set; } = null!;

    public Agent Jonas { get; private set; } = null!;

    public Agent Morgan { get; private set; } = null!;

    public Agent Tobias { get; private set; } = null!;

    public ClaimsPrincipal AlexSignedIn => TestPrincipals.Agent(Alex.Id, Alex.Email);

    public ClaimsPrincipal JonasSignedIn => TestPrincipals.Agent(Jonas.Id, Jonas.Email);

    public ClaimsPrincipal MorganSignedIn => TestPrincipals.Manager(Morgan.Id, Morgan.Email);

    public ClaimsPrincipal GoldPersonSignedIn => TestPrincipals.Customer(GoldPerson.IdentityUserId!, GoldPerson.Email, Gold.Id);

    public ClaimsPrincipal OtherGoldPersonSignedIn => TestPrincipals.Customer(OtherGoldPerson.IdentityUserId!, OtherGoldPerson.Email, OtherGold.Id);

    public static async Task<TicketTestWorld> CreateAsync(DateTimeOffset? now = null)
    {
        var world = new TicketTestWorld(await RacingTestDatabase.CreateAsync(), new FakeTimeProvider(now ?? Start));
        await world.SeedPeopleAsync();
        return world;
    }

    /// <summary>The demo data set seeded at <paramref name="now"/>; Alex and Morgan are the demo agent and manager.</summary>
    public static async Task<TicketTestWorld> CreateWithDemoDataAsync(DateTimeOffset now)
    {
        var world = new TicketTestWorld(await RacingTestDatabase.CreateAsync(), new FakeTimeProvider(now));
        await using var db = world.Database.CreateDbContext();
        await new DemoDataSeeder(Calendar, new CompanyClock(Calendar.TimeZone, world.Time), world.Time, Options.Create(DemoSeed.ConfiguredTierOptions)).SeedAsync(db, TestContext.Current.CancellationToken);
        world.Alex = await db.Agents.AsNoTracking().SingleAsync(a => a.Email == "agent@demo.local", TestContext.Current.CancellationToken);
        world.Morgan = await db.Agents.AsNoTracking().SingleAsync(a => a.Email == "manager@demo.local", TestContext.Current.CancellationToken);
        return world;
    }

    public TicketSession As(ClaimsPrincipal principal)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = principal;
        return new TicketSession(scope);
    }

    public void SetNow(DateTimeOffset now) => Time.SetUtcNow(now);

    /// <summary>Runs one workflow command as <paramref name="principal"/> in a scope of its own.</summary>
    public async Task<CommandResult<int>> RunAsync(ClaimsPrincipal principal, Func<ITicketWorkflow, Task<CommandResult<int>>> command)
    {
        await using var session = As(principal);
        return await command(session.Workflow);
    }

    public Agent AgentNamed(string firstName) => firstName switch
    {
        "Alex" => Alex,
        "Jonas" => Jonas,
        "Morgan" => Morgan,
        "Tobias" => Tobias,
        _ => throw new ArgumentOutOfRangeException(nameof(firstName), firstName, "unknown agent"),
    };

    public ClaimsPrincipal SignedIn(string who) => who switch
    {
        "Alex" => AlexSignedIn,
        "Jonas" => JonasSignedIn,
        "Morgan" => MorganSignedIn,
        "Anna" => GoldPersonSignedIn,
        "Ben" => OtherGoldPersonSignedIn,
        "nobody" => TestPrincipals.Nobody,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "unknown user"),
    };

    /// <summary>
    /// A New ticket opened by the customer's first message at <paramref name="at"/> (default: now), with its SLA
    /// columns recorded as of that message; <paramref name="assignee"/> set directly, without the workflow.
    /// </summary>
    public async Task<int> OpenTicketAsync(Customer customer, string subject, DateTimeOffset? at = null, Agent? assignee = null)
    {
        var opened = at ?? Time.GetUtcNow();
        var message = new TicketMessage
        {
            AuthorKind = MessageAuthorKind.Customer,
            AuthorCustomerUserId = customer.Id == Gold.Id ? GoldPerson.Id : null,
            Body = $"Please help: {subject}",
            CreatedUtcTicks = opened.UtcTicks,
        };
        var ticket = new Ticket
        {
            CustomerId = customer.Id,
            Subject = subject,
            Status = TicketStatus.New,
            Priority = Catalog.Get(customer.CurrentTier).PriorityRank,
            AssigneeAgentId = assignee?.Id,
            CreatedUtcTicks = opened.UtcTicks,
            UpdatedUtcTicks = opened.UtcTicks,
            Messages = [message],
        };
        Clock.Record(ticket, Clock.Events(ticket, CustomerTierHistory.CurrentOnly(customer.CurrentTier), [message], []), opened);

        await using var db = Database.CreateDbContext();
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket.Id;
    }

    public Task<Ticket> TicketAsync(int id) => ReadTicketAsync(Database, id);

    /// <summary>A ticket with its messages and status changes in order, read fresh from <paramref name="database"/>.</summary>
    internal static async Task<Ticket> ReadTicketAsync(RacingTestDatabase database, int id)
    {
        await using var db = database.CreateDbContext();
        return await db.Tickets.AsNoTracking()
            .Include(t => t.Messages.OrderBy(m => m.Id))
            .Include(t => t.StatusChanges.OrderBy(c => c.Id))
            .AsSplitQuery()
            .SingleAsync(t => t.Id == id, TestContext.Current.CancellationToken);
    }

    /// <summary>Row counts and every ticket's version: equal before and after means nothing was written.</summary>
    public async Task<DatabaseState> StateAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = Database.CreateDbContext();
        return new DatabaseState(
            string.Join(",", await db.Tickets.OrderBy(t => t.Id).Select(t => t.Id + ":" + t.Version + ":" + t.Status + ":" + t.AssigneeAgentId).ToListAsync(cancel)),
            await db.TicketMessages.CountAsync(cancel),
            await db.TicketStatusChanges.CountAsync(cancel),
            await db.TimeEntries.CountAsync(cancel),
            await db.AuditEntries.CountAsync(cancel));
    }

    public async ValueTask DisposeAsync()
    {
        _subscription.Dispose();
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedPeopleAsync()
    {
        var since = new DateTimeOffset(2026, 1, 1, 0, 5, 0, TimeSpan.FromHours(1)).UtcTicks;
        Gold = NewCustomer("Kessler Steuerungsbau GmbH", Tier.Gold, since);
        Platinum = NewCustomer("Aurora Robotics AG", Tier.Platinum, since);
        Basic = NewCustomer("Nordlicht Bäckerei", Tier.Basic, since);
        OtherGold = NewCustomer("Brenner Maschinenbau KG", Tier.Gold, since);
        GoldPerson = new CustomerUser { Customer = Gold, DisplayName = "Anna Bauer", Email = "anna.bauer@kessler.example", TimeZone = "Europe/Berlin", IdentityUserId = "id-anna" };
        OtherGoldPerson = new CustomerUser { Customer = OtherGold, DisplayName = "Ben Schulz", Email = "ben.schulz@brenner.example", TimeZone = "Europe/Berlin", IdentityUserId = "id-ben" };
        Alex = NewAgent("Alex Agent", "agent@demo.local", manager: false, active: true);
        Jonas = NewAgent("Jonas Weber", "jonas.weber@demo.local", manager: false, active: true);
        Morgan = NewAgent("Morgan Manager", "manager@demo.local", manager: true, active: true);
        Tobias = NewAgent("Tobias Richter", "tobias.richter@demo.local", manager: false, active: false);

        await using var db = Database.CreateDbContext();
        db.Users.AddRange(Account(GoldPerson), Account(OtherGoldPerson)); // customer users link to real sign-in accounts
        db.AddRange(Gold, Platinum, Basic, OtherGold, GoldPerson, OtherGoldPerson, Alex, Jonas, Morgan, Tobias);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        GoldPerson.Customer = null;
        OtherGoldPerson.Customer = null;
    }

    /// <summary>The sign-in account a customer user links to (shared with other test worlds).</summary>
    internal static ApplicationUser Account(CustomerUser person) => new()
    {
        Id = person.IdentityUserId!,
        UserName = person.Email,
        Email = person.Email,
        DisplayName = person.DisplayName,
    };

    internal static Customer NewCustomer(string name, Tier tier, long sinceUtcTicks) => new()
    {
        CompanyName = name,
        ContactEmail = $"it@{name.Split(' ')[0].ToLowerInvariant()}.example",
        Country = "DE",
        DisplayTimeZone = "Europe/Berlin",
        CurrentTier = tier,
        TierSinceUtcTicks = sinceUtcTicks,
    };

    internal static Agent NewAgent(string name, string email, bool manager, bool active) => new()
    {
        DisplayName = name,
        Email = email,
        IsManager = manager,
        IsActive = active,
        TimeZone = "Europe/Berlin",
    };
}

/// <summary>The ticket services as one signed-in user sees them.</summary>
internal sealed class TicketSession(AsyncServiceScope scope) : IAsyncDisposable
{
    public ITicketWorkflow Workflow => scope.ServiceProvider.GetRequiredService<ITicketWorkflow>();

    public IBoardQuery Board => scope.ServiceProvider.GetRequiredService<IBoardQuery>();

    public ITicketDetailsQuery Details => scope.ServiceProvider.GetRequiredService<ITicketDetailsQuery>();

    public IViewerTimeZone ViewerZone => scope.ServiceProvider.GetRequiredService<IViewerTimeZone>();

    public ISavedBoardViews SavedViews => scope.ServiceProvider.GetRequiredService<ISavedBoardViews>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

internal sealed record DatabaseState(string Tickets, int Messages, int StatusChanges, int TimeEntries, int AuditEntries);
