using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Reports;

/// <summary>
/// A SQLite file with the demo data, about 1,600 resolved tickets holding 4,000 finished clocks over the last twelve
/// months and 300 open tickets, at <see cref="Now"/>; and, independently of the report queries, every clock as the
/// engine replays it from the tickets' stored histories (<see cref="TicketClock"/>, the customer's tier history).
/// </summary>
public sealed class ReportWorld : IAsyncLifetime
{
    /// <summary>A Wednesday afternoon in Berlin, mid-quarter.</summary>
    public static readonly DateTimeOffset Now = DemoSeed.Wednesday;

    public const int GeneratedClocks = 4_000;

    private RacingTestDatabase? _database;

    public IDbContextFactory<HelpdeskDbContext> Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public FakeTimeProvider Time { get; } = new(Now);

    public BusinessCalendar Calendar => DemoSeed.Calendar;

    public CompanyClock CompanyClock => new(Calendar.TimeZone, Time);

    public TierCatalog Catalog { get; } = TestTiers.Catalog();

    public FinishedClocksResult Generated { get; private set; } = new(0, 0);

    /// <summary>Every finished clock of the generated tickets, replayed.</summary>
    public IReadOnlyList<ReplayedClock> Finished { get; private set; } = [];

    /// <summary>When each live clock (any ticket) started, replayed.</summary>
    public IReadOnlyList<ReplayedLive> Live { get; private set; } = [];

    public Dictionary<int, string> AgentNames { get; private set; } = [];

    public Dictionary<int, string> CustomerNames { get; private set; } = [];

    public Dictionary<int, Tier> CurrentTiers { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        _database = await RacingTestDatabase.CreateAsync();
        await using (var db = _database.CreateDbContext())
        {
            await DemoSeed.Seeder(Now).SeedAsync(db, cancel);
            var generator = new VolumeDataGenerator(Calendar, Time);
            Generated = await generator.GenerateFinishedClocksAsync(db, GeneratedClocks, cancel, months: 12, seed: 18);
            await generator.GenerateAsync(db, openTickets: 300, orders: 0, cancel, seed: 18);
        }

        await ReplayAsync(cancel);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public SlaReportQuery ReportQuery(ICurrentUser? user = null) =>
        new(Database, user ?? FakeCurrentUser.Manager(), CompanyClock, Time, Calendar, Catalog);

    public SlaTrendQuery TrendQuery(ICurrentUser? user = null) => new(Database, user ?? FakeCurrentUser.Manager(), CompanyClock, Time, Catalog);

    public ClockListQuery ListQuery(ICurrentUser? user = null) => new(Database, user ?? FakeCurrentUser.Manager(), CompanyClock);

    public CustomerSlaRecordQuery RecordQuery(ICurrentUser user) => new(Database, user, CompanyClock, Catalog);

    /// <summary>The instants [start, end) of a company period, computed here from the zone rules, not by the app.</summary>
    public (long Start, long End) Instants(DateOnly first, DateOnly last) =>
        (Midnight(first), Midnight(last.AddDays(1)));

    private long Midnight(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Calendar.TimeZone).Ticks;

    private async Task ReplayAsync(CancellationToken cancel)
    {
        await using var db = Database.CreateDbContext();
        var clock = new TicketClock(new SlaEngine(Calendar, new SlaOptions()), Calendar, Catalog, Options.Create(new SlaOptions()));
        var customers = await db.Customers.AsNoTracking().ToListAsync(cancel);
        var assignments = (await db.TierAssignments.AsNoTracking().ToListAsync(cancel)).ToLookup(a => a.CustomerId);
        var tiers = customers.ToDictionary(c => c.Id, c => CustomerTierHistory.Of(c, assignments[c.Id], Calendar.TimeZone));
        CustomerNames = customers.ToDictionary(c => c.Id, c => c.CompanyName);
        CurrentTiers = customers.ToDictionary(c => c.Id, c => c.CurrentTier);
        AgentNames = await db.Agents.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.DisplayName, cancel);

        var tickets = await db.Tickets.AsNoTracking().Include(t => t.Messages).Include(t => t.StatusChanges).AsSplitQuery().ToListAsync(cancel);
        var finished = new List<ReplayedClock>();
        var live = new List<ReplayedLive>();
        foreach (var ticket in tickets)
        {
            var history = tiers[ticket.CustomerId];
            var timeline = clock.Timeline(clock.Events(ticket, history, ticket.Messages, ticket.StatusChanges), Now);
            for (var i = 0; i < timeline.Cycles.Count; i++)
            {
                var reading = timeline.Cycles[i].Reading;
                if (!reading.IsStopped)
                {
                    live.Add(new ReplayedLive(reading.ClockStartedAt!.Value.UtcTicks, reading.IsBreached && reading.PauseReason is null));
                }
                else if (ticket.Subject.StartsWith("Finished ticket", StringComparison.Ordinal))
                {
                    finished.Add(new ReplayedClock(
                        ticket.Id, ticket.CustomerId, history.At(reading.ClockStartedAt!.Value), ticket.AssigneeAgentId, i == 0,
                        reading.ClockStartedAt.Value.UtcTicks, reading.StoppedAt!.Value.UtcTicks, reading.Elapsed.Ticks,
                        reading.Target is not null, reading.IsBreached));
                }
            }
        }

        Finished = finished;
        Live = live;
    }
}

/// <summary>A finished clock as the engine replays it.</summary>
public sealed record ReplayedClock(
    int TicketId, int CustomerId, Tier Tier, int? AgentId, bool IsFirst, long StartedUtcTicks, long StoppedUtcTicks, long BusinessTicks,
    bool HasTarget, bool IsBreached);

public sealed record ReplayedLive(long StartedUtcTicks, bool IsBreachedNow);
