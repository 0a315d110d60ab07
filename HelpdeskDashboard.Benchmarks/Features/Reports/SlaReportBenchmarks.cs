using System.Diagnostics;
using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Benchmarks.Features.Reports;

/// <summary>
/// The SLA reports on a SQLite file holding the demo data, 1,000,000 finished response clocks over the last twelve
/// months (about 400,000 resolved tickets, from <see cref="VolumeDataGenerator.GenerateFinishedClocksAsync"/>) and
/// 10,000 open tickets: a quarter's report (target under 1 s), a month's, the 12-month trend with the backlog, a
/// drill-down page and a customer's record with the next tier's. The database is generated once and kept under the
/// temp folder (<see cref="CachedPath"/>; delete it after changing the generator): generating takes minutes.
/// </summary>
[MemoryDiagnoser]
public class SlaReportBenchmarks
{
    public const int Clocks = 1_000_000;

    /// <summary>Wednesday 2026-05-13 14:30 in Berlin.</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 13, 14, 30, 0, TimeSpan.FromHours(2));

    /// <summary>Named by what it holds; the version counts changes of the generator.</summary>
    public static readonly string CachedPath = Path.Combine(Path.GetTempPath(), $"helpdesk-reports-bench-{Clocks}-v1.db");

    private readonly BusinessCalendar _calendar = new(new BusinessCalendarOptions());
    private SlaReportQuery _report = null!;
    private SlaTrendQuery _trend = null!;
    private ClockListQuery _list = null!;
    private CustomerSlaRecordQuery _record = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();

    [Benchmark(Baseline = true)]
    public Task<SlaReport> Quarter_report() => Value(_report.GetAsync(ReportPeriod.Quarter(2026, 1)));

    [Benchmark]
    public Task<SlaReport> Month_report() => Value(_report.GetAsync(ReportPeriod.Month(2026, 4)));

    [Benchmark]
    public Task<SlaTrend> Trend_12_months() => Value(_trend.GetAsync(12));

    [Benchmark]
    public Task<ClockPage> Drill_down_Platinum_breached_page_2() =>
        Value(_list.GetAsync(new ClockFilter(ReportPeriod.Quarter(2026, 1), Tier.Platinum, Outcome: ClockOutcome.Breached, Page: 2)));

    [Benchmark]
    public Task<CustomerSlaRecord> Customer_record_3_months() => Value(_record.GetAsync(3));

    private static async Task<T> Value<T>(Task<CommandResult<T>> pending)
    {
        var result = await pending;
        return result.Succeeded && result.Value is { } value ? value : throw new InvalidOperationException(string.Join(" ", result.Errors));
    }

    private async Task SetupAsync()
    {
        var time = new FixedTimeProvider(Now);
        if (!File.Exists(CachedPath))
        {
            await GenerateAsync(time);
        }

        var factory = new FileContextFactory(CachedPath);
        var clock = new CompanyClock(_calendar.TimeZone, time);
        var catalog = TierCatalog.FromOptions(DefaultTiers());
        int goldCustomer;
        await using (var db = factory.CreateDbContext())
        {
            goldCustomer = await db.Customers.Where(c => c.CurrentTier == Tier.Gold).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }

        _report = new SlaReportQuery(factory, BenchUser.Manager, clock, time, _calendar, catalog);
        _trend = new SlaTrendQuery(factory, BenchUser.Manager, clock, time, catalog);
        _list = new ClockListQuery(factory, BenchUser.Manager, clock);
        _record = new CustomerSlaRecordQuery(factory, BenchUser.Customer(goldCustomer), clock, catalog);
        var quarter = await Quarter_report();
        Console.WriteLine($"// Quarter 2026-Q1: {quarter.Total.Measured} clocks, {quarter.Agents.Count} agents, {quarter.Customers.Count} customers");
    }

    private async Task GenerateAsync(TimeProvider time)
    {
        // Written beside the cache and moved at the end, so an interrupted run leaves no half database behind.
        var building = CachedPath + ".building";
        foreach (var file in new[] { building, building + "-wal", building + "-shm" })
        {
            File.Delete(file);
        }

        var watch = Stopwatch.StartNew();
        await using (var db = new FileContextFactory(building).CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await new DemoDataSeeder(
                _calendar, new CompanyClock(_calendar.TimeZone, time), time,
                Options.Create(new TierRecalculationOptions { GoldFrom = 10_000m, PlatinumFrom = 50_000m })).SeedAsync(db, CancellationToken.None);
            var generator = new VolumeDataGenerator(_calendar, time);
            var result = await generator.GenerateFinishedClocksAsync(db, Clocks, CancellationToken.None);
            await generator.GenerateAsync(db, openTickets: 10_000, orders: 0, CancellationToken.None);
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            Console.WriteLine($"// Generated {result.Clocks} clocks on {result.Tickets} tickets in {watch.Elapsed.TotalSeconds:0} s");
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, CachedPath);
    }

    private static TiersOptions DefaultTiers()
    {
        var options = new TiersOptions();
        options.Tiers["Basic"] = Tier("Basic", null, 0);
        options.Tiers["Gold"] = Tier("Gold", 72, 1);
        options.Tiers["Platinum"] = Tier("Platinum", 24, 2);
        return options;

        static TierSettings Tier(string name, int? hours, int rank) => new()
        {
            DisplayName = name, PortalAccess = rank > 0, Channel = "Customer portal", ResponseTargetBusinessHours = hours, IncludedHoursPerMonth = 0,
            ExtraHourRate = 75m, NewProjectFee = 0m, ChangeRate = 75m, MonthlyPrice = 0m, YearlyPrice = 0m, PriorityRank = rank,
        };
    }

    private sealed class FileContextFactory(string path) : IDbContextFactory<HelpdeskDbContext>
    {
        private readonly DbContextOptions<HelpdeskDbContext> _options = new DbContextOptionsBuilder<HelpdeskDbContext>()
            .UseSqlite($"Data Source={path};Default Timeout=30;Pooling=False")
            .AddInterceptors(new SqliteWriteAheadLogInterceptor())
            .Options;

        public HelpdeskDbContext CreateDbContext() => new(_options);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class BenchUser(ClaimsPrincipal principal, params string[] policies) : ICurrentUser
    {
        public static BenchUser Manager { get; } = new(Principal(new Claim(HelpdeskClaimTypes.AgentId, "2")), Policies.Agent, Policies.Manager);

        public static BenchUser Customer(int customerId) => new(
            Principal(new Claim(HelpdeskClaimTypes.CustomerId, customerId.ToString(System.Globalization.CultureInfo.InvariantCulture))), Policies.Customer);

        public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(principal);

        public Task<CurrentUserInfo> GetAsync() => Task.FromResult(CurrentUserInfo.From(principal));

        public Task<bool> IsAuthorizedAsync(string policy) => Task.FromResult(policies.Contains(policy));

        public Task EnsureAuthorizedAsync(string policy) => policies.Contains(policy) ? Task.CompletedTask : throw ForbiddenException.ForPolicy(policy);

        public Task EnsureManagerAsync() => EnsureAuthorizedAsync(Policies.Manager);

        private static ClaimsPrincipal Principal(Claim id) =>
            new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Email, "bench@demo.local"), id], "bench"));
    }
}
