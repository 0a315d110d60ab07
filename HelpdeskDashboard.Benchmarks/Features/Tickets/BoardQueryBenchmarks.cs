using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Benchmarks.Features.Tickets;

/// <summary>
/// The board on a SQLite file holding the demo data plus 10,000 generated open tickets (about 10,160 open in all):
/// the first page of 50 rows as the board opens, after a filter change and for a text search, each with its counters
/// and readings; and the server's cost of one countdown tick for a 50-row board: the 50 readings alone
/// (50 × SlaEngine.Advance), and the whole tick through a Blazor renderer (the circuit's countdown group works out
/// the words, then renders the changed countdowns in one batch and diffs them; serialising and sending the batch
/// are left out, the browser measurement's CPU figure includes them).
/// </summary>
[MemoryDiagnoser]
public class BoardQueryBenchmarks
{
    /// <summary>Generated open tickets on top of the demo data.</summary>
    protected virtual int OpenTickets => 10_000;

    private const int PageSize = 50;

    /// <summary>Wednesday 2026-05-13 14:30 in Berlin: business hours, so clocks count.</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 13, 14, 30, 0, TimeSpan.FromHours(2));

    private readonly BusinessCalendar _calendar = new(new BusinessCalendarOptions());
    private string _databasePath = "";
    private readonly TicketChangeHub _changes = new(NullLogger<TicketChangeHub>.Instance);
    private BoardQuery _board = null!;
    private SlaEngine _engine = null!;
    private SlaReading[] _readings = [];
    private CountdownBoard _countdowns = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public virtual void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Benchmark(Baseline = true)]
    public Task<BoardPage> FirstPage_all_open_tickets() => Read(new BoardFilter());

    [Benchmark]
    public Task<BoardPage> FirstPage_Platinum_at_risk() => Read(new BoardFilter(Tier: Tier.Platinum, Sla: BoardSlaFilter.AtRisk));

    [Benchmark]
    public Task<BoardPage> FirstPage_text_search() => Read(new BoardFilter(Search: "error 42"));

    /// <summary>Another board in the same view after the same change: the read is shared (SharedBoardPages).</summary>
    [Benchmark]
    public Task<BoardPage> FirstPage_shared_with_another_board() => _board.GetPageAsync(new BoardFilter(), 0, PageSize);

    // A change before every read, as a board's reload after a change: boards share a read only until the next change.
    private async Task<BoardPage> Read(BoardFilter filter)
    {
        await _changes.PublishAsync(TicketChanged.DeadlinesRecalculated);
        return await _board.GetPageAsync(filter, 0, PageSize);
    }

    /// <summary>What one tick of the shared countdown timer costs the server for a board showing 50 rows.</summary>
    [Benchmark]
    public SlaReading Tick_advances_50_readings()
    {
        var next = Now.AddSeconds(1);
        var last = _readings[0];
        foreach (var reading in _readings)
        {
            last = _engine.Advance(reading, next);
        }

        return last;
    }

    /// <summary>One tick of the shared timer for a board of 50 countdowns rendered by a real Blazor renderer.</summary>
    [Benchmark]
    public int Tick_renders_50_countdowns() => _countdowns.Tick();

    private async Task SetupAsync()
    {
        var factory = CreateDatabase();
        var time = new FixedTimeProvider(Now);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await new DemoDataSeeder(
                _calendar, new CompanyClock(_calendar.TimeZone, time), time,
                Options.Create(new TierRecalculationOptions { GoldFrom = 10_000m, PlatinumFrom = 50_000m })).SeedAsync(db, CancellationToken.None);
            await new VolumeDataGenerator(_calendar, time).GenerateAsync(db, openTickets: OpenTickets, orders: 0, CancellationToken.None);
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }

        var slaOptions = new SlaOptions();
        _engine = new SlaEngine(_calendar, slaOptions);
        var clock = new TicketClock(_engine, _calendar, Tiers(), Options.Create(slaOptions));
        var agent = new AgentUser();
        _board = new BoardQuery(
            factory, agent, new ScopedQueries(agent), time, clock, new CompanyClock(_calendar.TimeZone, time), new SharedBoardPages(_changes, time));

        var first = await _board.GetPageAsync(new BoardFilter(), 0, PageSize);
        Console.WriteLine($"// Board: {first.TotalCount} open tickets, counters {first.Counters}");
        _readings = first.Rows.Select(r => r.Sla).ToArray();
        _countdowns = await CountdownBoard.StartAsync(first.Rows, _engine, _calendar.TimeZone, Now);
        Console.WriteLine($"// Countdown tick: {_countdowns.Tick()} edits in the last batch");
    }

    /// <summary>An empty database the set-up migrates and fills.</summary>
    protected virtual IDbContextFactory<HelpdeskDbContext> CreateDatabase()
    {
        _databasePath = Path.Combine(Path.GetTempPath(), $"helpdesk-board-bench-{Guid.NewGuid():N}.db");
        return new FileContextFactory($"Data Source={_databasePath};Default Timeout=30");
    }

    private static TierCatalog Tiers()
    {
        var options = new TiersOptions();
        options.Tiers["Basic"] = Tier("Basic", null, 0);
        options.Tiers["Gold"] = Tier("Gold", 72, 1);
        options.Tiers["Platinum"] = Tier("Platinum", 24, 2);
        return TierCatalog.FromOptions(options);

        static TierSettings Tier(string name, int? hours, int rank) => new()
        {
            DisplayName = name, PortalAccess = hours is not null, Channel = "Portal", ResponseTargetBusinessHours = hours,
            IncludedHoursPerMonth = 0, ExtraHourRate = 75m, NewProjectFee = 0m, ChangeRate = 75m, MonthlyPrice = 0m, YearlyPrice = 0m,
            PriorityRank = rank,
        };
    }

    private sealed class FileContextFactory(string connectionString) : IDbContextFactory<HelpdeskDbContext>
    {
        private readonly DbContextOptions<HelpdeskDbContext> _options = new DbContextOptionsBuilder<HelpdeskDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteWriteAheadLogInterceptor())
            .Options;

        public HelpdeskDbContext CreateDbContext() => new(_options);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>The demo agent (agent id 1) with the Agent role only.</summary>
    private sealed class AgentUser : ICurrentUser
    {
        private static readonly ClaimsPrincipal Principal = new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Role, Roles.Agent), new Claim(HelpdeskClaimTypes.AgentId, "1")], "bench"));

        public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(Principal);

        public Task<CurrentUserInfo> GetAsync() => Task.FromResult(CurrentUserInfo.From(Principal));

        public Task<bool> IsAuthorizedAsync(string policy) => Task.FromResult(policy == Policies.Agent);

        public Task EnsureAuthorizedAsync(string policy) =>
            policy == Policies.Agent ? Task.CompletedTask : throw ForbiddenException.ForPolicy(policy);

        public Task EnsureManagerAsync() => EnsureAuthorizedAsync(Policies.Manager);
    }
}
