using System.Security.Claims;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Escalations.WorkingHours;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Changes;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Escalations.Mail;

/// <summary>
/// The escalation services on a real SQLite file with a fake clock and the company open Mon–Fri 09:00–17:00 in
/// Berlin: agent Alex (Berlin, company hours), agent Nora (New York), manager Morgan, and a Gold customer. The
/// scheduler's part (notices and held mails) is written directly, as it would write them; the tests drive the rest.
/// </summary>
internal sealed class EscalationMailWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private int _clockSeconds;

    private EscalationMailWorld(RacingTestDatabase database, FakeTimeProvider time)
    {
        Database = database;
        Time = time;
        var collection = new ServiceCollection();
        collection.AddLogging();
        TicketTestWorld.AddTicketServices(collection, database, time);
        collection.Replace(ServiceDescriptor.Singleton(typeof(BusinessCalendar), Calendar));
        collection.AddChangeHub<AgentNotificationHub>(); // the scheduler rings the bell
        collection.TryAddSingleton<AgentNotificationCenter>();
        collection.AddEscalations();
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public RacingTestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The company's calendar, Mon–Fri 09:00–17:00 in Berlin.</summary>
    public BusinessCalendar Calendar { get; } = OfficeHoursCalendar();

    public PersonalHours Hours => _services.GetRequiredService<PersonalHours>();

    public EscalationMailStep MailStep => _services.GetRequiredService<EscalationMailStep>();

    public Customer Gold { get; private set; } = null!;

    public Agent Alex { get; private set; } = null!;

    public Agent Nora { get; private set; } = null!;

    public Agent Morgan { get; private set; } = null!;

    public ClaimsPrincipal AlexSignedIn => TestPrincipals.Agent(Alex.Id, Alex.Email);

    public static async Task<EscalationMailWorld> CreateAsync(DateTimeOffset now)
    {
        var world = new EscalationMailWorld(await RacingTestDatabase.CreateAsync(), new FakeTimeProvider(now));
        await world.SeedAsync();
        return world;
    }

    public AsyncServiceScope As(ClaimsPrincipal principal)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = principal;
        return scope;
    }

    /// <summary>A ticket whose clock is running, started an hour before <paramref name="at"/> and due at it.</summary>
    public async Task<Ticket> LiveTicketAsync(string subject, DateTimeOffset at, Agent? assignee = null)
    {
        var started = at.AddHours(-1).AddSeconds(++_clockSeconds);
        var ticket = new Ticket
        {
            CustomerId = Gold.Id,
            Subject = subject,
            Status = TicketStatus.New,
            AssigneeAgentId = assignee?.Id,
            CreatedUtcTicks = started.UtcTicks,
            UpdatedUtcTicks = started.UtcTicks,
            ResponseClockStartedUtcTicks = started.UtcTicks,
            ResponseTargetTicks = TimeSpan.FromHours(72).Ticks,
            ResponseDueUtcTicks = at.UtcTicks,
            AwaitingResponse = true,
        };
        await using var db = Database.CreateDbContext();
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket;
    }

    /// <summary>
    /// What the scheduler writes at <paramref name="now"/> for <paramref name="ticket"/>: the notice, and a held mail for
    /// <paramref name="recipient"/> until the start of their hours (from <see cref="PersonalHours"/>).
    /// </summary>
    public async Task<EscalationMail> HoldAsync(
        Ticket ticket, Agent recipient, DateTimeOffset now, EscalationThreshold threshold = EscalationThreshold.Breached,
        MailCategory category = MailCategory.SlaBreachedMine)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = Database.CreateDbContext();
        var notice = await db.Escalations.FirstOrDefaultAsync(
            e => e.TicketId == ticket.Id && e.ClockStartedUtcTicks == ticket.ResponseClockStartedUtcTicks && e.Threshold == threshold, cancel);
        if (notice is null)
        {
            notice = new EscalationNotice
            {
                TicketId = ticket.Id,
                ClockStartedUtcTicks = ticket.ResponseClockStartedUtcTicks!.Value,
                Threshold = threshold,
                DueUtcTicks = ticket.ResponseDueUtcTicks!.Value,
                ProcessedUtcTicks = now.UtcTicks,
                AssigneeAgentId = ticket.AssigneeAgentId,
                Outcome = EscalationOutcome.Notified,
            };
            db.Escalations.Add(notice);
            await db.SaveChangesAsync(cancel);
        }

        var mail = new EscalationMail
        {
            EscalationId = notice.Id,
            RecipientAgentId = recipient.Id,
            Category = (int)category,
            SendAfterUtcTicks = (await Hours.SendAfterAsync(db, recipient.Id, now, cancel)).UtcTicks,
            Status = EscalationMailStatus.Held,
        };
        db.EscalationMails.Add(mail);
        await db.SaveChangesAsync(cancel);
        return mail;
    }

    /// <summary>The mail step as the scheduler runs it: in a write transaction it commits.</summary>
    public async Task RunMailStepAsync(DateTimeOffset now)
    {
        var cancel = TestContext.Current.CancellationToken;
        Time.SetUtcNow(now);
        await using var db = Database.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        await MailStep.RunAsync(db, now, cancel);
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
    }

    public async Task SetHoursAsync(Agent agent, string json)
    {
        await using var db = Database.CreateDbContext();
        db.AgentWorkingHours.Add(new AgentWorkingHours { AgentId = agent.Id, HoursJson = json, UpdatedUtcTicks = Time.GetUtcNow().UtcTicks });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<EscalationMail>> MailsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.EscalationMails.AsNoTracking().OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<HelpdeskDashboard.Features.Notifications.OutboxMessage>> OutboxAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task ChangeTicketAsync(int id, Action<Ticket> change)
    {
        await using var db = Database.CreateDbContext();
        var ticket = await db.Tickets.SingleAsync(t => t.Id == id, TestContext.Current.CancellationToken);
        change(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var since = new DateTimeOffset(2026, 1, 1, 0, 5, 0, TimeSpan.FromHours(1)).UtcTicks;
        Gold = TicketTestWorld.NewCustomer("Kessler Steuerungsbau GmbH", Tier.Gold, since);
        Alex = TicketTestWorld.NewAgent("Alex Agent", "agent@demo.local", manager: false, active: true);
        Nora = TicketTestWorld.NewAgent("Nora Quinn", "nora.quinn@demo.local", manager: false, active: true);
        Nora.TimeZone = "America/New_York";
        Morgan = TicketTestWorld.NewAgent("Morgan Manager", "manager@demo.local", manager: true, active: true);
        await using var db = Database.CreateDbContext();
        db.AddRange(Gold, Alex, Nora, Morgan);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
