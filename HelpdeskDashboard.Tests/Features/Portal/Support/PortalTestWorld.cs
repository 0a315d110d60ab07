using System.Security.Claims;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Mailbox.Review;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Portal.Profile;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Portal.Support;

/// <summary>
/// The portal and ticket services on a real SQLite file with a fake clock: a Gold, a Platinum, a Basic and a second Gold
/// customer, one signed-in person at each, one agent. Default calendar (Mon–Fri whole days, Europe/Berlin); tiers as shipped.
/// </summary>
internal sealed class PortalTestWorld : IAsyncDisposable
{
    /// <summary>Wednesday 2026-05-13 10:00 in Berlin.</summary>
    public static readonly DateTimeOffset Start = new(2026, 5, 13, 10, 0, 0, TimeSpan.FromHours(2));

    public const string ForumUrl = "https://forum.test.example/";

    public const int MaxMailsPerSenderPerHour = 5;

    public const long MaxMessageBytes = 1024 * 1024;

    private readonly ServiceProvider _services;
    private readonly IDisposable _subscription;

    private PortalTestWorld(RacingTestDatabase database)
    {
        Database = database;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PortalTickets:CommunityForumUrl"] = ForumUrl,
                ["Email:Inbound:MaxMailsPerSenderPerHour"] = MaxMailsPerSenderPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:Inbound:MaxMessageBytes"] = MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:Inbound:DropFolder"] = "mail-inbox",
            })
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        TicketTestWorld.AddTicketServices(collection, database, Time);
        collection.AddPortalProfile();
        collection.AddPortalTickets();
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = database.Files.Root, EnvironmentName = "Test" });
        collection.AddSingleton<OutboxBounces>();
        collection.AddScoped<MailPreferences>();
        collection.AddMailbox();
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

    public static BusinessCalendar Calendar { get; } = new(new BusinessCalendarOptions());

    public FakeTimeProvider Time { get; } = new(Start);

    public RacingTestDatabase Database { get; }

    public TierCatalog Catalog => _services.GetRequiredService<TierCatalog>();

    public List<TicketChanged> Published { get; } = [];

    /// <summary>The hub the world's services publish on.</summary>
    public TicketChangeHub Hub => _services.GetRequiredService<TicketChangeHub>();

    public Customer Gold { get; private set; } = null!;

    public Customer Platinum { get; private set; } = null!;

    public Customer Basic { get; private set; } = null!;

    public Customer OtherGold { get; private set; } = null!;

    public Dictionary<string, CustomerUser> People { get; } = [];

    public Agent Alex { get; private set; } = null!;

    public ClaimsPrincipal AlexSignedIn => TestPrincipals.Agent(Alex.Id, Alex.Email);

    public static async Task<PortalTestWorld> CreateAsync()
    {
        var world = new PortalTestWorld(await RacingTestDatabase.CreateAsync());
        await world.SeedAsync();
        return world;
    }

    /// <summary>"Anna" (Gold), "Paula" (Platinum), "Bernd" (Basic), "Ben" (the other Gold), "Alex" (agent) or "nobody".</summary>
    public ClaimsPrincipal SignedIn(string who)
    {
        if (who == "Alex")
        {
            return AlexSignedIn;
        }

        if (who == "nobody")
        {
            return TestPrincipals.Nobody;
        }

        var person = People[who];
        return TestPrincipals.Customer(person.IdentityUserId!, person.Email, person.CustomerId);
    }

    public PortalSession As(string who)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Principal = SignedIn(who);
        return new PortalSession(scope);
    }

    public async Task<CommandResult<int>> SubmitAsync(string who, NewInquiry inquiry)
    {
        await using var session = As(who);
        return await session.Inquiries.SubmitAsync(inquiry);
    }

    public Task<Ticket> TicketAsync(int id) => TicketTestWorld.ReadTicketAsync(Database, id);

    /// <summary>Every queued mail, oldest first, with its files.</summary>
    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Receives <paramref name="message"/> as the mail-in job would (nobody signed in).</summary>
    public async Task<InboundResult> ReceiveAsync(MimeKit.MimeMessage message)
    {
        await using var session = As("nobody");
        using var bytes = new MemoryStream();
        await message.WriteToAsync(bytes, TestContext.Current.CancellationToken);
        bytes.Position = 0;
        return await session.Mail.ProcessAsync(bytes, InboundSource.DropFolder, TestContext.Current.CancellationToken);
    }

    public async Task<InboundMail> InboundAsync(int id)
    {
        await using var db = Database.CreateDbContext();
        return await db.InboundMails.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken);
    }

    /// <summary>Row counts of everything a form could write: equal before and after means nothing was written.</summary>
    public async Task<string> StateAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = Database.CreateDbContext();
        var zones = string.Join(",", await db.CustomerUsers.OrderBy(u => u.Id).Select(u => u.TimeZone).ToListAsync(cancel));
        return $"tickets {await db.Tickets.CountAsync(cancel)}, messages {await db.TicketMessages.CountAsync(cancel)}, "
            + $"audit {await db.AuditEntries.CountAsync(cancel)}, zones {zones}";
    }

    /// <summary>A ticket of <paramref name="customer"/> written straight to the database.</summary>
    public async Task<int> AddTicketAsync(Customer customer, string subject, TicketStatus status, Agent? assignee = null, DateTimeOffset? updated = null)
    {
        await using var db = Database.CreateDbContext();
        var at = (updated ?? Time.GetUtcNow()).UtcTicks;
        var ticket = new Ticket
        {
            CustomerId = customer.Id, Subject = subject, Status = status, AssigneeAgentId = assignee?.Id, CreatedUtcTicks = at, UpdatedUtcTicks = at,
        };
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket.Id;
    }

    public async ValueTask DisposeAsync()
    {
        _subscription.Dispose();
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var since = new DateTimeOffset(2026, 1, 1, 0, 5, 0, TimeSpan.FromHours(1)).UtcTicks;
        Gold = NewCustomer("Kessler Steuerungsbau GmbH", Tier.Gold, since);
        Platinum = NewCustomer("Aurora Robotics AG", Tier.Platinum, since);
        Basic = NewCustomer("Nordlicht Bäckerei", Tier.Basic, since);
        OtherGold = NewCustomer("Brenner Maschinenbau KG", Tier.Gold, since);
        Alex = new Agent { DisplayName = "Alex Agent", Email = "agent@demo.local", TimeZone = "Europe/Berlin" };

        await using var db = Database.CreateDbContext();
        db.AddRange(Gold, Platinum, Basic, OtherGold, Alex);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        foreach (var (name, customer, zone) in new[]
                 {
                     ("Anna", Gold, "America/New_York"), ("Paula", Platinum, "Europe/Berlin"), ("Bernd", Basic, "Europe/Berlin"), ("Ben", OtherGold, "Asia/Tokyo"),
                 })
        {
            var person = new CustomerUser
            {
                CustomerId = customer.Id, DisplayName = $"{name} Tester", Email = $"{name.ToLowerInvariant()}@{customer.Id}.example",
                TimeZone = zone, IdentityUserId = $"id-{name.ToLowerInvariant()}",
            };
            db.Users.Add(new ApplicationUser { Id = person.IdentityUserId, UserName = person.Email, Email = person.Email, DisplayName = person.DisplayName });
            db.CustomerUsers.Add(person);
            People[name] = person;
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static Customer NewCustomer(string name, Tier tier, long sinceUtcTicks) => new()
    {
        CompanyName = name,
        ContactEmail = $"it@{name.Split(' ')[0].ToLowerInvariant()}.example",
        Country = "DE",
        DisplayTimeZone = "Europe/Berlin",
        CurrentTier = tier,
        TierSinceUtcTicks = sinceUtcTicks,
    };
}

/// <summary>The portal services as one signed-in user sees them.</summary>
internal sealed class PortalSession(AsyncServiceScope scope) : IAsyncDisposable
{
    public PortalInquiryService Inquiries => scope.ServiceProvider.GetRequiredService<PortalInquiryService>();

    public PortalTicketsQuery Tickets => scope.ServiceProvider.GetRequiredService<PortalTicketsQuery>();

    public CustomerProfileService Profile => scope.ServiceProvider.GetRequiredService<CustomerProfileService>();

    public IViewerTimeZone ViewerZone => scope.ServiceProvider.GetRequiredService<IViewerTimeZone>();

    public ITicketWorkflow Workflow => scope.ServiceProvider.GetRequiredService<ITicketWorkflow>();

    public InboundMailProcessor Mail => scope.ServiceProvider.GetRequiredService<InboundMailProcessor>();

    public MailReview Review => scope.ServiceProvider.GetRequiredService<MailReview>();

    public MailPreferences Preferences => scope.ServiceProvider.GetRequiredService<MailPreferences>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
