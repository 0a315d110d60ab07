using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Benchmarks.Features.Calendar;

/// <summary>
/// A calendar change on a SQLite file holding the demo data plus 10,000 generated open tickets: the preview (read every
/// open clock, plan each one's new deadline under the proposed calendar, fingerprint) and the save (the same plan again
/// in one transaction, the new version, every moved ticket's two SLA columns by one prepared UPDATE, the audit entry,
/// the calendar swap). The change closes tomorrow and shortens Fridays, which moves every deadline after tomorrow.
/// Each save runs on a fresh copy of the database, so each writes the same rows. Target: under 2 s each.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5, invocationCount: 1)]
public class CalendarChangeBenchmarks
{
    /// <summary>Wednesday 2026-05-13 14:30 in Berlin: business hours, so clocks count.</summary>
    private static readonly DateTimeOffset Now = new(2026, 5, 13, 14, 30, 0, TimeSpan.FromHours(2));

    private readonly BusinessCalendar _calendar = new(new BusinessCalendarOptions());
    private string _templatePath = "";
    private string _databasePath = "";
    private IReadOnlyList<BusinessCalendarVersion> _versions = [];
    private CalendarChangeService _service = null!;
    private CalendarChange _change = null!;
    private CalendarPlan _preview = null!;

    /// <summary>
    /// "as generated": the volume generator's mix (most clocks already past due, few rows to write); "every clock moves":
    /// every one of the 10,000 tickets waits for a reply due after tomorrow, the worst case for the save.
    /// </summary>
    [Params("as generated", "every clock moves")]
    public string Tickets { get; set; } = "as generated";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _templatePath, _databasePath })
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Benchmark]
    public async Task<CalendarPlan> Preview()
    {
        var result = await _service.PreviewAsync(_change);
        return result.Value ?? throw new InvalidOperationException(string.Join(" ", result.Errors));
    }

    [IterationSetup(Target = nameof(Save))]
    public void FreshDatabaseAndPreview()
    {
        RestoreDatabase();
        _calendar.Use(_versions);
        _preview = Preview().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<CalendarPlan> Save()
    {
        var result = await _service.SaveAsync(_change, _preview);
        return result.Value is { } plan && result.Succeeded ? plan : throw new InvalidOperationException(string.Join(" ", result.Errors));
    }

    private async Task SetupAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        _templatePath = Path.Combine(Path.GetTempPath(), $"helpdesk-calendar-bench-{id}-template.db");
        _databasePath = Path.Combine(Path.GetTempPath(), $"helpdesk-calendar-bench-{id}.db");
        var time = new FixedTimeProvider(Now);
        var template = new FileContextFactory(_templatePath);
        await using (var db = template.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await new DemoDataSeeder(
                _calendar, new CompanyClock(_calendar.TimeZone, time), time,
                Options.Create(new TierRecalculationOptions { GoldFrom = 10_000m, PlatinumFrom = 50_000m })).SeedAsync(db, CancellationToken.None);
            await new VolumeDataGenerator(_calendar, time).GenerateAsync(db, openTickets: 10_000, orders: 0, CancellationToken.None);
            if (Tickets == "every clock moves")
            {
                // Due from tomorrow 14:30 on, one per hour in turn; 8 h targets, at risk two hours before.
                var from = Now.AddDays(1).UtcTicks;
                await db.Database.ExecuteSqlRawAsync(
                    "UPDATE Tickets SET AwaitingResponse = 1, ResponseTargetTicks = {0}, ResponseDueUtcTicks = {1} + (Id % 500) * {2}, " +
                    "ResponseAtRiskFromUtcTicks = {1} + (Id % 500) * {2} - 2 * {2}",
                    TimeSpan.FromHours(8).Ticks, from, TimeSpan.TicksPerHour);
            }

            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }

        var stored = await new CalendarVersionStore(template).EnsureFirstVersionAsync(
            BusinessCalendarDefinition.FromOptions(new BusinessCalendarOptions()), Now.UtcTicks);
        _versions = [.. stored.Select(v => v.ToVersion())];
        await using (var db = template.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        RestoreDatabase();
        _calendar.Use(_versions);
        _service = new CalendarChangeService(
            new FileContextFactory(_databasePath), new ManagerUser(), _calendar, new TicketChangeHub(NullLogger<TicketChangeHub>.Instance),
            time, new CalendarChangeValidator(time), Options.Create(new SlaOptions()), NullLogger<CalendarChangeService>.Instance);

        var draft = stored[^1].Definition.Clone();
        draft.Closures.Add(new BusinessClosure { Date = new DateOnly(2026, 5, 14), Name = "Ascension Day" });
        draft.Hours[DayOfWeek.Friday] = ["00:00-12:00"];
        _change = new CalendarChange(draft, EffectiveFrom: null, stored[^1].Id);
        var plan = await Preview();
        Console.WriteLine($"// Calendar change: {plan.OpenClocks} open clocks, {plan.Updates.Count} rows to write; {plan.Counts}");
    }

    private void RestoreDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }

        File.Copy(_templatePath, _databasePath, overwrite: true);
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

    /// <summary>The demo manager (agent and manager roles).</summary>
    private sealed class ManagerUser : ICurrentUser
    {
        private static readonly ClaimsPrincipal Principal = new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Email, "manager@demo.local"),
            new Claim(ClaimTypes.Role, Roles.Agent), new Claim(ClaimTypes.Role, Roles.Manager), new Claim(HelpdeskClaimTypes.AgentId, "2"),
        ], "bench"));

        public Task<ClaimsPrincipal> GetPrincipalAsync() => Task.FromResult(Principal);

        public Task<CurrentUserInfo> GetAsync() => Task.FromResult(CurrentUserInfo.From(Principal));

        public Task<bool> IsAuthorizedAsync(string policy) => Task.FromResult(policy is Policies.Agent or Policies.Manager);

        public Task EnsureAuthorizedAsync(string policy) =>
            policy is Policies.Agent or Policies.Manager ? Task.CompletedTask : throw ForbiddenException.ForPolicy(policy);

        public Task EnsureManagerAsync() => Task.CompletedTask;
    }
}
