using System.Security.Claims;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Changes;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Calendar;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Escalations;

/// <summary>
/// The ticket services, the calendar editing and the escalation scheduler on a real SQLite file with a fake clock:
/// Mon–Fri 08:00–18:00 in Berlin (a calendar of its own, as a save swaps it), a Gold and a Platinum customer with one
/// person each, agent Alex, managers Morgan and Maria, inactive manager Ines. Each <see cref="App"/> is one app
/// process on the shared database file (its own scheduler and bell), so a restart is a second app.
/// Tiers as shipped: Platinum 24 business hours (at risk for the last 6), Gold 72.
/// </summary>
internal sealed class EscalationTestWorld : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly List<EscalationApp> _apps = [];

    private EscalationTestWorld(RacingTestDatabase database, FakeTimeProvider time, Dictionary<string, string?> settings)
    {
        Database = database;
        Time = time;
        _settings = settings;
        Calendar = new BusinessCalendar(CalendarTestWorld.FileOptions());
    }

    /// <summary>Monday 7 Dec 2026, 08:00 in Berlin: the calendar opens.</summary>
    public static DateTimeOffset MondayMorning { get; } = new(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(1));

    public RacingTestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public BusinessCalendar Calendar { get; }

    /// <summary>The first app: the one tests work through unless they start another.</summary>
    public EscalationApp App => _apps[0];

    public Customer Gold { get; private set; } = null!;

    public Customer Platinum { get; private set; } = null!;

    public CustomerUser PlatinumPerson { get; private set; } = null!;

    public Agent Alex { get; private set; } = null!;

    public Agent Morgan { get; private set; } = null!;

    public Agent Maria { get; private set; } = null!;

    public Agent Ines { get; private set; } = null!;

    public ClaimsPrincipal AlexSignedIn => TestPrincipals.Agent(Alex.Id, Alex.Email);

    public ClaimsPrincipal MorganSignedIn => TestPrincipals.Manager(Morgan.Id, Morgan.Email);

    /// <param name="settings">Configuration over the defaults; e-mails go out at once ("RespectWorkingHours" false) unless set.</param>
    public static async Task<EscalationTestWorld> CreateAsync(DateTimeOffset? now = null, Dictionary<string, string?>? settings = null)
    {
        var merged = new Dictionary<string, string?> { ["Escalations:RespectWorkingHours"] = "false" };
        foreach (var (key, value) in settings ?? [])
        {
            merged[key] = value;
        }

        var world = new EscalationTestWorld(await RacingTestDatabase.CreateAsync(), new FakeTimeProvider((now ?? MondayMorning).ToUniversalTime()), merged);
        await world.SeedPeopleAsync();
        var app = world.StartApp();
        await new CalendarStartup(app.Services.GetRequiredService<CalendarVersionStore>(), world.Calendar,
                Options.Create(CalendarTestWorld.FileOptions()), world.Time, NullLogger<CalendarStartup>.Instance)
            .StartAsync(TestContext.Current.CancellationToken);
        return world;
    }

    /// <summary>Another app process on the same database (a restart, or a second host): its own scheduler and bell.</summary>
    public EscalationApp StartApp()
    {
        var collection = new ServiceCollection();
        var sleeps = new SchedulerSleeps();
        collection.AddLogging(logging => logging.AddProvider(sleeps).SetMinimumLevel(LogLevel.Debug));
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build());
        TicketTestWorld.AddTicketServices(collection, Database, Time);
        collection.Replace(ServiceDescriptor.Singleton(typeof(BusinessCalendar), Calendar));
        collection.AddSingleton(Options.Create(CalendarTestWorld.FileOptions()));
        collection.AddBusinessCalendarEditing();
        collection.AddChangeHub<AgentNotificationHub>();
        collection.TryAddSingleton<AgentNotificationCenter>();
        collection.AddEscalations();
        var app = new EscalationApp(collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), sleeps);
        _apps.Add(app);
        return app;
    }

    // FakeTimeProvider compares its timers by DateTimeOffset.Ticks (the clock reading, not UTC): kept in UTC, an instant
    // given with another offset cannot leave a timer behind it.
    public void SetNow(DateTimeOffset now) => Time.SetUtcNow(now.ToUniversalTime());

    /// <summary>A New ticket opened by the customer's first message now, its SLA columns as the portal records them.</summary>
    public async Task<int> OpenTicketAsync(Customer customer, string subject, Agent? assignee = null)
    {
        var clock = App.Services.GetRequiredService<TicketClock>();
        var catalog = App.Services.GetRequiredService<TierCatalog>();
        var opened = Time.GetUtcNow();
        var message = new TicketMessage
        {
            AuthorKind = MessageAuthorKind.Customer,
            AuthorCustomerUserId = customer.Id == Platinum.Id ? PlatinumPerson.Id : null,
            Body = $"Please help: {subject}",
            CreatedUtcTicks = opened.UtcTicks,
        };
        var ticket = new Ticket
        {
            CustomerId = customer.Id,
            Subject = subject,
            Status = TicketStatus.New,
            Priority = catalog.Get(customer.CurrentTier).PriorityRank,
            CreatedUtcTicks = opened.UtcTicks,
            UpdatedUtcTicks = opened.UtcTicks,
            AssigneeAgentId = assignee?.Id,
            Messages = [message],
        };
        clock.Record(ticket, clock.Events(ticket, CustomerTierHistory.CurrentOnly(customer.CurrentTier), [message], []), opened);

        await using var db = Database.CreateDbContext();
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket.Id;
    }

    /// <summary>The ticket's live clock as stored: when it becomes at risk, when it is due, and the breach instant.</summary>
    public async Task<(DateTimeOffset AtRisk, DateTimeOffset Due, DateTimeOffset Breach)> InstantsAsync(int ticketId)
    {
        await using var db = Database.CreateDbContext();
        var t = await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == ticketId, TestContext.Current.CancellationToken);
        var due = new DateTimeOffset(t.ResponseDueUtcTicks!.Value, TimeSpan.Zero);
        return (new DateTimeOffset(t.ResponseAtRiskFromUtcTicks!.Value, TimeSpan.Zero), due, Calendar.AddBusinessTime(due, TimeSpan.FromTicks(1)));
    }

    /// <summary>Runs one workflow command on ticket <paramref name="id"/> at its current version, asserting success.</summary>
    public async Task RunAsync(ClaimsPrincipal who, int id, Func<ITicketWorkflow, int, Task<CommandResult<int>>> command)
    {
        int version;
        await using (var db = Database.CreateDbContext())
        {
            version = await db.Tickets.Where(t => t.Id == id).Select(t => t.Version).SingleAsync(TestContext.Current.CancellationToken);
        }

        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = who;
        var result = await command(scope.ServiceProvider.GetRequiredService<ITicketWorkflow>(), version);
        Assert.True(result.Succeeded, string.Join(" | ", result.Errors));
    }

    public Task ReplyAsync(int id) =>
        RunAsync(AlexSignedIn, id, (w, v) => w.ReplyAsync(new ReplyToTicket(id, v, "Please try a restart.", IsInternalNote: false)));

    public Task PauseAsync(int id) =>
        RunAsync(AlexSignedIn, id, (w, v) => w.ChangeStatusAsync(new ChangeTicketStatus(id, v, TicketStatus.WaitingOnCustomer)));

    public Task CustomerWritesAsync(int id) =>
        RunAsync(TestPrincipals.Customer(PlatinumPerson.IdentityUserId!, PlatinumPerson.Email, Platinum.Id), id,
            (w, v) => w.PostCustomerMessageAsync(new PostCustomerMessage(id, v, "Any news?")));

    /// <summary>Saves a calendar change as Morgan, from now on, asserting it succeeded.</summary>
    public async Task ChangeCalendarAsync(Action<BusinessCalendarDefinition> edit)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = MorganSignedIn;
        var service = scope.ServiceProvider.GetRequiredService<CalendarChangeService>();
        var cancel = TestContext.Current.CancellationToken;
        var current = await service.CurrentAsync(cancel);
        Assert.True(current.Succeeded, string.Join(" | ", current.Errors));
        var draft = current.Value!.Draft.Clone();
        edit(draft);
        var change = new CalendarChange(draft, null, current.Value.LatestVersionId);
        var preview = await service.PreviewAsync(change, cancel);
        Assert.True(preview.Succeeded, string.Join(" | ", preview.Errors));
        var saved = await service.SaveAsync(change, preview.Value!, cancel);
        Assert.True(saved.Succeeded, string.Join(" | ", saved.Errors));
    }

    public async Task MuteAsync(Agent agent, MailCategory category)
    {
        await using var db = Database.CreateDbContext();
        db.MailOptOuts.Add(new MailOptOut { RecipientKind = MailRecipientKind.Agent, RecipientId = agent.Id, Category = category });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<EscalationNotice>> NoticesAsync(int ticketId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Escalations.AsNoTracking().Where(e => e.TicketId == ticketId).OrderBy(e => e.Threshold)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<EscalationMail>> MailsAsync(int ticketId)
    {
        await using var db = Database.CreateDbContext();
        return await db.EscalationMails.AsNoTracking().Where(m => m.Escalation!.TicketId == ticketId).OrderBy(m => m.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The outbox messages to <paramref name="agent"/>.</summary>
    public async Task<List<HelpdeskDashboard.Features.Notifications.OutboxMessage>> OutboxToAsync(Agent agent)
    {
        await using var db = Database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.To == agent.Email).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private async Task SeedPeopleAsync()
    {
        var since = new DateTimeOffset(2026, 1, 1, 0, 5, 0, TimeSpan.FromHours(1)).UtcTicks;
        Gold = TicketTestWorld.NewCustomer("Kessler Steuerungsbau GmbH", Tier.Gold, since);
        Platinum = TicketTestWorld.NewCustomer("Aurora Robotics AG", Tier.Platinum, since);
        PlatinumPerson = new CustomerUser { Customer = Platinum, DisplayName = "Paula Roth", Email = "paula.roth@aurora.example", TimeZone = "Europe/Berlin", IdentityUserId = "id-paula" };
        Alex = TicketTestWorld.NewAgent("Alex Agent", "agent@demo.local", manager: false, active: true);
        Morgan = TicketTestWorld.NewAgent("Morgan Manager", "manager@demo.local", manager: true, active: true);
        Maria = TicketTestWorld.NewAgent("Maria Keller", "maria.keller@demo.local", manager: true, active: true);
        Ines = TicketTestWorld.NewAgent("Ines Wolf", "ines.wolf@demo.local", manager: true, active: false);
        Maria.TimeZone = "America/New_York";

        await using var db = Database.CreateDbContext();
        db.Users.Add(TicketTestWorld.Account(PlatinumPerson));
        db.AddRange(Gold, Platinum, PlatinumPerson, Alex, Morgan, Maria, Ines);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        PlatinumPerson.Customer = null;
    }
}

/// <summary>One app process: its services, scheduler and bell.</summary>
internal sealed class EscalationApp(ServiceProvider services, SchedulerSleeps sleeps) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;

    /// <summary>The scheduler's loop: its sleeps as it logs them (after arming its timer).</summary>
    public SchedulerSleeps Sleeps { get; } = sleeps;

    /// <summary>Starts the scheduler's loop as the host does.</summary>
    public Task StartLoopAsync() => Scheduler.StartAsync(TestContext.Current.CancellationToken);

    /// <summary>Completes once the bell holds <paramref name="count"/> notifications for <paramref name="agentId"/>.</summary>
    public async Task WaitForBellAsync(int agentId, int count)
    {
        var rung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Bell.Subscribe(async id =>
        {
            if (id == agentId && (await Bell.ForAsync(agentId)).Count >= count)
            {
                rung.TrySetResult();
            }
        });
        if ((await Bell.ForAsync(agentId, TestContext.Current.CancellationToken)).Count >= count)
        {
            return;
        }

        try
        {
            await rung.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            lock (Sleeps.Messages)
            {
                Assert.Fail("The bell did not ring. The scheduler logged: " + string.Join(" | ", Sleeps.Messages));
            }
        }
    }

    public EscalationScheduler Scheduler => Services.GetRequiredService<EscalationScheduler>();

    public AgentNotificationCenter Bell => Services.GetRequiredService<AgentNotificationCenter>();

    public Task ProcessDueAsync() => Scheduler.ProcessDueAsync(Services.GetRequiredService<TimeProvider>().GetUtcNow(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Scheduler.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
    }
}

/// <summary>
/// Hears the scheduler's "next pass in …" log line, written once its timer is armed: the moment a test may move the
/// fake clock and know the loop is asleep.
/// </summary>
internal sealed class SchedulerSleeps : ILoggerProvider, ILogger
{
    private readonly Lock _gate = new();
    private readonly List<TaskCompletionSource> _waiters = [];
    private int _count;

    /// <summary>Everything the scheduler logged, for a failing test's message.</summary>
    public List<string> Messages { get; } = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Completes once the loop went to sleep <paramref name="count"/> times in all.</summary>
    public Task WaitForAsync(int count)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_count >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add(waiter);
        }

        return WaitAsync(waiter, count);
    }

    public ILogger CreateLogger(string categoryName) => categoryName == typeof(EscalationScheduler).FullName ? this : NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        lock (_gate)
        {
            Messages.Add($"{logLevel}: {message} {exception}");
        }

        if (!message.StartsWith("Escalations: next pass in", StringComparison.Ordinal))
        {
            return;
        }

        TaskCompletionSource[] waiting;
        lock (_gate)
        {
            _count++;
            waiting = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in waiting)
        {
            waiter.TrySetResult();
        }
    }

    public void Dispose()
    {
    }

    private async Task WaitAsync(TaskCompletionSource waiter, int count)
    {
        while (true)
        {
            await waiter.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            lock (_gate)
            {
                if (_count >= count)
                {
                    return;
                }

                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add(waiter);
            }
        }
    }
}
