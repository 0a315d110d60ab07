using System.Security.Claims;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Calendar;

/// <summary>
/// The ticket services and the calendar change service on a real SQLite file with a fake clock and a calendar of its
/// own (a save swaps the calendar's versions, so the static calendar other test worlds share must not be used):
/// Mon–Fri 08:00–18:00 in Europe/Berlin from the "file", stored as the first version by <see cref="CalendarStartup"/>.
/// A Gold and a Platinum customer with one person each, a Basic customer, agent Alex, managers Morgan and Maria.
/// Tiers as shipped: Platinum 24 business hours, Gold 72, Basic none.
/// </summary>
internal sealed class CalendarTestWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDisposable _subscription;

    private CalendarTestWorld(RacingTestDatabase database, FakeTimeProvider time)
    {
        Database = database;
        Time = time;
        Calendar = new BusinessCalendar(FileOptions());
        var collection = new ServiceCollection();
        collection.AddLogging();
        TicketTestWorld.AddTicketServices(collection, database, time);
        collection.Replace(ServiceDescriptor.Singleton(typeof(BusinessCalendar), Calendar));
        collection.AddSingleton(Options.Create(FileOptions()));
        collection.AddBusinessCalendarEditing();
        collection.AddSingleton<CalendarStartup>();
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _subscription = Hub.Subscribe(async change =>
        {
            if (change.Kind != TicketChangeKind.DeadlinesRecalculated)
            {
                return; // the workflow's own changes while tickets are seeded
            }

            // What a subscriber sees when the change arrives: the version count in the database at that moment.
            var versions = await CountVersionsAsync();
            lock (Published)
            {
                Published.Add((change, versions));
            }
        });
    }

    /// <summary>The "BusinessCalendar" section of the file: Mon–Fri 08:00–18:00 in Berlin, no holidays.</summary>
    public static BusinessCalendarOptions FileOptions() => new()
    {
        TimeZone = "Europe/Berlin",
        Hours = new()
        {
            [DayOfWeek.Monday] = ["08:00-18:00"],
            [DayOfWeek.Tuesday] = ["08:00-18:00"],
            [DayOfWeek.Wednesday] = ["08:00-18:00"],
            [DayOfWeek.Thursday] = ["08:00-18:00"],
            [DayOfWeek.Friday] = ["08:00-18:00"],
        },
    };

    public RacingTestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The app's calendar: what every service counts with, swapped by a save.</summary>
    public BusinessCalendar Calendar { get; }

    public TicketChangeHub Hub => _services.GetRequiredService<TicketChangeHub>();

    public TicketClock Clock => _services.GetRequiredService<TicketClock>();

    public TierCatalog Catalog => _services.GetRequiredService<TierCatalog>();

    public CalendarVersionStore Store => _services.GetRequiredService<CalendarVersionStore>();

    /// <summary>Every published <see cref="TicketChangeKind.DeadlinesRecalculated"/> with the number of stored calendar versions a subscriber saw at that moment.</summary>
    public List<(TicketChanged Change, int VersionsSeen)> Published { get; } = [];

    public Customer Gold { get; private set; } = null!;

    public Customer Platinum { get; private set; } = null!;

    public Customer Basic { get; private set; } = null!;

    public CustomerUser GoldPerson { get; private set; } = null!;

    public CustomerUser PlatinumPerson { get; private set; } = null!;

    public Agent Alex { get; private set; } = null!;

    public Agent Morgan { get; private set; } = null!;

    public Agent Maria { get; private set; } = null!;

    public ClaimsPrincipal AlexSignedIn => TestPrincipals.Agent(Alex.Id, Alex.Email);

    public ClaimsPrincipal MorganSignedIn => TestPrincipals.Manager(Morgan.Id, Morgan.Email);

    public ClaimsPrincipal MariaSignedIn => TestPrincipals.Manager(Maria.Id, Maria.Email);

    /// <param name="runStartup">False: the calendar table stays empty (the start-up step has not run).</param>
    public static async Task<CalendarTestWorld> CreateAsync(DateTimeOffset now, bool runStartup = true)
    {
        var world = new CalendarTestWorld(await RacingTestDatabase.CreateAsync(), new FakeTimeProvider(now));
        await world.SeedPeopleAsync();
        if (runStartup)
        {
            await world.StartAppAsync(world.Calendar);
        }

        return world;
    }

    /// <summary>The start-up step as the app runs it, for <paramref name="calendar"/> (a restarted app's own).</summary>
    public Task StartAppAsync(BusinessCalendar calendar) =>
        new CalendarStartup(Store, calendar, Options.Create(FileOptions()), Time, NullLogger<CalendarStartup>.Instance)
            .StartAsync(TestContext.Current.CancellationToken);

    public void SetNow(DateTimeOffset now) => Time.SetUtcNow(now);

    public CalendarSession As(ClaimsPrincipal principal)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = principal;
        return new CalendarSession(scope);
    }

    public async Task<CommandResult<CalendarEditorState>> CurrentAsync(ClaimsPrincipal who)
    {
        await using var session = As(who);
        return await session.Calendar.CurrentAsync(TestContext.Current.CancellationToken);
    }

    public async Task<CommandResult<CalendarPlan>> PreviewAsync(ClaimsPrincipal who, CalendarChange change)
    {
        await using var session = As(who);
        return await session.Calendar.PreviewAsync(change, TestContext.Current.CancellationToken);
    }

    public async Task<CommandResult<CalendarPlan>> SaveAsync(ClaimsPrincipal who, CalendarChange change, CalendarPlan preview)
    {
        await using var session = As(who);
        return await session.Calendar.SaveAsync(change, preview, TestContext.Current.CancellationToken);
    }

    /// <summary>The latest stored definition changed by <paramref name="edit"/>, based on the latest version.</summary>
    public async Task<CalendarChange> ChangeAsync(Action<BusinessCalendarDefinition> edit, DateTimeOffset? effectiveFrom = null)
    {
        var current = await CurrentAsync(MorganSignedIn);
        Assert.Equal(CommandOutcome.Succeeded, current.Outcome);
        var draft = current.Value!.Draft.Clone();
        edit(draft);
        return new CalendarChange(draft, effectiveFrom, current.Value.LatestVersionId);
    }

    /// <summary>Previews as Morgan and asserts it succeeded.</summary>
    public async Task<CalendarPlan> PreviewOkAsync(CalendarChange change)
    {
        var preview = await PreviewAsync(MorganSignedIn, change);
        Assert.True(preview.Succeeded, string.Join(" | ", preview.Errors));
        return preview.Value!;
    }

    /// <summary>Previews and saves as Morgan, asserting both succeeded; the saved plan.</summary>
    public async Task<CalendarPlan> ApplyAsync(CalendarChange change)
    {
        var preview = await PreviewOkAsync(change);
        var saved = await SaveAsync(MorganSignedIn, change, preview);
        Assert.True(saved.Succeeded, string.Join(" | ", saved.Errors));
        return saved.Value!;
    }

    /// <summary>
    /// A New ticket opened by the customer's first message at <paramref name="at"/> (default: now), its SLA columns
    /// recorded by the app's <see cref="TicketClock"/> as the portal does.
    /// </summary>
    public async Task<int> OpenTicketAsync(Customer customer, string subject, DateTimeOffset? at = null)
    {
        var opened = at ?? Time.GetUtcNow();
        var message = new TicketMessage
        {
            AuthorKind = MessageAuthorKind.Customer,
            AuthorCustomerUserId = customer.Id == Gold.Id ? GoldPerson.Id : customer.Id == Platinum.Id ? PlatinumPerson.Id : null,
            Body = $"Please help: {subject}",
            CreatedUtcTicks = opened.UtcTicks,
        };
        var ticket = new Ticket
        {
            CustomerId = customer.Id,
            Subject = subject,
            Status = TicketStatus.New,
            Priority = Catalog.Get(customer.CurrentTier).PriorityRank,
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

    /// <summary>Runs one workflow command on ticket <paramref name="id"/> at its current version, asserting success.</summary>
    public async Task RunAsync(ClaimsPrincipal who, int id, Func<ITicketWorkflow, int, Task<CommandResult<int>>> command)
    {
        int version;
        await using (var db = Database.CreateDbContext())
        {
            version = await db.Tickets.Where(t => t.Id == id).Select(t => t.Version).SingleAsync(TestContext.Current.CancellationToken);
        }

        await using var session = As(who);
        var result = await command(session.Workflow, version);
        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
    }

    public Task ReplyAsync(int id) =>
        RunAsync(AlexSignedIn, id, (w, v) => w.ReplyAsync(new ReplyToTicket(id, v, "Please try a restart.", IsInternalNote: false)));

    public Task PauseAsync(int id) =>
        RunAsync(AlexSignedIn, id, (w, v) => w.ChangeStatusAsync(new ChangeTicketStatus(id, v, TicketStatus.WaitingOnCustomer)));

    public Task CustomerWritesAsync(int id, Customer customer) =>
        RunAsync(PersonOf(customer), id, (w, v) => w.PostCustomerMessageAsync(new PostCustomerMessage(id, v, "Any news?")));

    public ClaimsPrincipal PersonOf(Customer customer)
    {
        var person = customer.Id == Gold.Id ? GoldPerson : PlatinumPerson;
        return TestPrincipals.Customer(person.IdentityUserId!, person.Email, customer.Id);
    }

    /// <summary>Every ticket's SLA columns and version, by id.</summary>
    public async Task<Dictionary<int, SlaColumns>> ColumnsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.Tickets.AsNoTracking()
            .ToDictionaryAsync(t => t.Id, t => new SlaColumns(
                t.AwaitingResponse, t.ResponseClockStartedUtcTicks, t.ResponseTargetTicks, t.ResponseDueUtcTicks,
                t.ResponseAtRiskFromUtcTicks, t.ResponseStoppedUtcTicks, t.Version, t.UpdatedUtcTicks), TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The ticket's SLA columns as the engine gives them from its whole history with the app's calendar now, the way
    /// the workflow records them: the full replay the planner's shortcut must equal.
    /// </summary>
    /// <param name="clock">Another app's clock (a restarted one); default: this app's.</param>
    public async Task<Replay> ReplayAsync(int id, TicketClock? clock = null)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = Database.CreateDbContext();
        var ticket = await db.Tickets.AsNoTracking()
            .Include(t => t.Customer)
            .Include(t => t.Messages.OrderBy(m => m.Id))
            .Include(t => t.StatusChanges.OrderBy(c => c.Id))
            .AsSplitQuery()
            .SingleAsync(t => t.Id == id, cancel);
        clock ??= Clock;
        var events = clock.Events(ticket, CustomerTierHistory.CurrentOnly(ticket.Customer!.CurrentTier), ticket.Messages, ticket.StatusChanges);
        var reading = clock.Record(ticket, events, Time.GetUtcNow());
        return new Replay(ticket.ResponseDueUtcTicks, ticket.ResponseAtRiskFromUtcTicks, reading.State, reading.IsBreached);
    }

    /// <summary>Everything a save writes: equal before and after means nothing was written.</summary>
    public async Task<string> WrittenStateAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = Database.CreateDbContext();
        var versions = await db.CalendarVersions.CountAsync(cancel);
        var audit = await db.AuditEntries.CountAsync(cancel);
        var tickets = string.Join(",", (await db.Tickets.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancel))
            .Select(t => $"{t.Id}:{t.Version}:{t.ResponseDueUtcTicks}:{t.ResponseAtRiskFromUtcTicks}"));
        return $"versions {versions}, audit {audit}, calendar {Calendar.Versions.Count}, tickets {tickets}";
    }

    public async Task<List<AuditEntry>> CalendarAuditAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == CalendarChangeService.AuditAction)
            .OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<int> CountVersionsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.CalendarVersions.CountAsync();
    }

    /// <summary>A calendar counting exactly as the app's does now, unaffected by later swaps.</summary>
    public BusinessCalendar Snapshot() => Calendar.WithVersions([.. Calendar.Versions]);

    public async ValueTask DisposeAsync()
    {
        _subscription.Dispose();
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedPeopleAsync()
    {
        var since = new DateTimeOffset(2026, 1, 1, 0, 5, 0, TimeSpan.FromHours(1)).UtcTicks;
        Gold = TicketTestWorld.NewCustomer("Kessler Steuerungsbau GmbH", Tier.Gold, since);
        Platinum = TicketTestWorld.NewCustomer("Aurora Robotics AG", Tier.Platinum, since);
        Basic = TicketTestWorld.NewCustomer("Nordlicht Bäckerei", Tier.Basic, since);
        GoldPerson = new CustomerUser { Customer = Gold, DisplayName = "Anna Bauer", Email = "anna.bauer@kessler.example", TimeZone = "Europe/Berlin", IdentityUserId = "id-anna" };
        PlatinumPerson = new CustomerUser { Customer = Platinum, DisplayName = "Paula Roth", Email = "paula.roth@aurora.example", TimeZone = "Europe/Berlin", IdentityUserId = "id-paula" };
        Alex = TicketTestWorld.NewAgent("Alex Agent", "agent@demo.local", manager: false, active: true);
        Morgan = TicketTestWorld.NewAgent("Morgan Manager", "manager@demo.local", manager: true, active: true);
        Maria = TicketTestWorld.NewAgent("Maria Keller", "maria.keller@demo.local", manager: true, active: true);

        await using var db = Database.CreateDbContext();
        db.Users.AddRange(TicketTestWorld.Account(GoldPerson), TicketTestWorld.Account(PlatinumPerson));
        db.AddRange(Gold, Platinum, Basic, GoldPerson, PlatinumPerson, Alex, Morgan, Maria);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        GoldPerson.Customer = null;
        PlatinumPerson.Customer = null;
    }
}

/// <summary>The calendar and ticket services as one signed-in user sees them.</summary>
internal sealed class CalendarSession(AsyncServiceScope scope) : IAsyncDisposable
{
    public CalendarChangeService Calendar => scope.ServiceProvider.GetRequiredService<CalendarChangeService>();

    public ITicketWorkflow Workflow => scope.ServiceProvider.GetRequiredService<ITicketWorkflow>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

/// <summary>A ticket's clock replayed by the engine: the columns it would record and what it reads.</summary>
internal sealed record Replay(long? DueUtcTicks, long? AtRiskFromUtcTicks, SlaState State, bool IsBreached);

internal sealed record SlaColumns(
    bool AwaitingResponse, long? StartedUtcTicks, long? TargetTicks, long? DueUtcTicks, long? AtRiskFromUtcTicks, long? StoppedUtcTicks,
    int Version, long UpdatedUtcTicks)
{
    public bool IsLive => AwaitingResponse && DueUtcTicks is not null;
}
