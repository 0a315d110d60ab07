using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;
using TestContext = Xunit.TestContext;

namespace HelpdeskDashboard.Tests.Features.Reports.Pages;

/// <summary>
/// The report pages over the real queries on a SQLite file, signed in as a manager on Tue 10 March 2026 (Berlin). February
/// 2026 holds eight finished clocks: Kessler (Gold, Mara Lind) 3 met and 1 breached, Brandt (Gold, Tom Berg) 1 met and
/// 1 breached, Weber (Basic, no target, unassigned) 2. January has none.
/// </summary>
public abstract class ReportsPageTestBase : BunitTestBase, IAsyncLifetime
{
    protected static readonly TimeSpan GoldTarget = TimeSpan.FromHours(72);

    private RacingTestDatabase? _database;

    protected ReportsPageTestBase()
    {
        User = FakeCurrentUser.Manager();
        var services = Context.Services;
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<HelpdeskDbContext>>(_ => Database);
        services.AddSingleton(new CompanyClock(Zone, Time));
        services.AddSingleton(TestTiers.Catalog());
        services.AddSlaReports();
    }

    internal RacingTestDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    protected int Kessler { get; private set; }

    protected int Brandt { get; private set; }

    protected int Weber { get; private set; }

    protected int Mara { get; private set; }

    protected int Tom { get; private set; }

    /// <summary>The ticket whose clock breached by the most (Brandt's, 100 business hours).</summary>
    protected int BrandtBreachedTicket { get; private set; }

    public virtual async ValueTask InitializeAsync()
    {
        _database = await RacingTestDatabase.CreateAsync();
        await using var db = Database.CreateDbContext();
        var kessler = NewCustomer("Kessler Steuerungsbau GmbH", Tier.Gold);
        var brandt = NewCustomer("Brandt Logistik AG", Tier.Gold);
        var weber = NewCustomer("Weber Druck KG", Tier.Basic);
        var mara = new Agent { DisplayName = "Mara Lind", Email = "mara@example.com", TimeZone = "Europe/Berlin" };
        var tom = new Agent { DisplayName = "Tom Berg", Email = "tom@example.com", TimeZone = "Europe/Berlin" };
        db.AddRange(kessler, brandt, weber, mara, tom);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        (Kessler, Brandt, Weber, Mara, Tom) = (kessler.Id, brandt.Id, weber.Id, mara.Id, tom.Id);

        await AddClockAsync(Kessler, Tier.Gold, Mara, hours: 2, day: 2, first: true);
        await AddClockAsync(Kessler, Tier.Gold, Mara, hours: 5, day: 5);
        await AddClockAsync(Kessler, Tier.Gold, Mara, hours: 10, day: 9);
        await AddClockAsync(Kessler, Tier.Gold, Mara, hours: 80, day: 20);
        await AddClockAsync(Brandt, Tier.Gold, Tom, hours: 1, day: 3, first: true);
        BrandtBreachedTicket = await AddClockAsync(Brandt, Tier.Gold, Tom, hours: 100, day: 24);
        await AddClockAsync(Weber, Tier.Basic, null, hours: 3, day: 4, first: true);
        await AddClockAsync(Weber, Tier.Basic, null, hours: 7, day: 12);
    }

    private Customer NewCustomer(string name, Tier tier) => new()
    {
        CompanyName = name,
        ContactEmail = "it@" + name.Split(' ')[0].ToLowerInvariant() + ".example",
        Country = "DE",
        DisplayTimeZone = "Europe/Berlin",
        CurrentTier = tier,
    };

    /// <summary>
    /// A ticket with one finished clock that stopped on <paramref name="day"/> February 2026 at 12:00 Berlin after
    /// <paramref name="hours"/> business hours; Gold clocks have the 72 h target (breached beyond it), Basic ones none.
    /// </summary>
    internal async Task<int> AddClockAsync(int customerId, Tier tier, int? agentId, double hours, int day, bool first = false)
    {
        var date = new DateOnly(2026, 2, day);
        var stopped = Local($"{date.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture)} 12:00");
        var target = tier == Tier.Gold ? GoldTarget : (TimeSpan?)null;
        await using var db = Database.CreateDbContext();
        var ticket = new Ticket
        {
            CustomerId = customerId,
            Subject = $"Clock of {hours} h",
            Status = TicketStatus.Resolved,
            CreatedUtcTicks = stopped.AddDays(-6).UtcTicks,
            UpdatedUtcTicks = stopped.UtcTicks,
            AssigneeAgentId = agentId,
        };
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        db.ResponseClocks.Add(new ResponseClockRecord
        {
            TicketId = ticket.Id,
            CustomerId = customerId,
            TierAtStart = tier,
            TargetTicks = target?.Ticks,
            AssigneeAgentId = agentId,
            RepliedByAgentId = agentId,
            StartedUtcTicks = stopped.AddDays(-5).UtcTicks,
            StoppedUtcTicks = stopped.UtcTicks,
            DueUtcTicks = target is null ? null : stopped.AddDays(-2).UtcTicks,
            BusinessTicks = TimeSpan.FromHours(hours).Ticks,
            IsBreached = target is { } t && TimeSpan.FromHours(hours) > t,
            IsFirstResponse = first,
            StopReason = SlaStopReason.AgentReply,
            StoppedMonth = 202602,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return ticket.Id;
    }

    /// <summary>Opens <paramref name="uri"/> (a page with its query string) and waits until it has loaded.</summary>
    protected IRenderedComponent<TPage> RenderAt<TPage>(string uri)
        where TPage : IComponent
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var page = Context.Render<TPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=loading]")));
        return page;
    }

    /// <summary>What a person reads in an element: its text with runs of white space as one space.</summary>
    protected static string Text(IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
