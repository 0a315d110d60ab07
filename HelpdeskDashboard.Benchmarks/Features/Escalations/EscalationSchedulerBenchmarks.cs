using BenchmarkDotNet.Attributes;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Escalations.WorkingHours;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Benchmarks.Features.Escalations;

/// <summary>
/// The escalation scheduler on a SQLite file holding the demo data plus 10,000 generated open tickets
/// (<see cref="VolumeDataGenerator"/>, created over the 30 days before 2026-05-13 14:30 Berlin). The pass instant
/// <see cref="_now"/> is read from the database: the latest ResponseAtRiskFromUtcTicks of the live clocks
/// (AwaitingResponse = 1) at which at most <see cref="DueClocks"/> are at risk (the older ones breached too).
/// Planning the next instant (expected sub-millisecond: the partial indexes), a pass with nothing due (every due clock
/// already has its notices, the steady state) and a pass over the 500 due clocks: notices, held or sent e-mails
/// (Escalations:RespectWorkingHours default, true), bells. Before each iteration of the latter the rows the previous
/// pass wrote (Escalations, EscalationMails, OutboxMessages above the ids found after generating) are deleted.
/// </summary>
[MemoryDiagnoser]
public class EscalationSchedulerBenchmarks
{
    public const int OpenTickets = 10_000;
    public const int DueClocks = 500;

    /// <summary>Wednesday 2026-05-13 14:30 in Berlin: the generator's "now".</summary>
    private static readonly DateTimeOffset GeneratedAt = new(2026, 5, 13, 14, 30, 0, TimeSpan.FromHours(2));

    private readonly BusinessCalendar _calendar = new(new BusinessCalendarOptions());
    private string _databasePath = "";
    private FileContextFactory _factory = null!;
    private EscalationScheduler _scheduler = null!;
    private DateTimeOffset _now;
    private (long Escalations, long Mails, long Outbox) _generated;

    [GlobalSetup(Targets = [nameof(Next_instant), nameof(Process_nothing_due)])]
    public void SetupProcessed()
    {
        SetupAsync().GetAwaiter().GetResult();
        // The loop plans after a pass: the due clocks already hold their notices.
        _scheduler.ProcessDueAsync(_now, CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine($"// After the first pass: {Written()}");
    }

    [GlobalSetup(Target = nameof(Process_500_due))]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _scheduler?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Benchmark]
    public Task<DateTimeOffset?> Next_instant() => _scheduler.NextInstantAsync(_now, CancellationToken.None);

    [Benchmark]
    public Task Process_nothing_due() => _scheduler.ProcessDueAsync(_now, CancellationToken.None);

    [IterationSetup(Target = nameof(Process_500_due))]
    public void ForgetPreviousPass()
    {
        using var db = _factory.CreateDbContext();
        db.Database.ExecuteSqlRaw("DELETE FROM EscalationMails WHERE Id > {0}", _generated.Mails);
        db.Database.ExecuteSqlRaw("DELETE FROM OutboxMessages WHERE Id > {0}", _generated.Outbox);
        db.Database.ExecuteSqlRaw("DELETE FROM Escalations WHERE Id > {0}", _generated.Escalations);
    }

    [Benchmark]
    public Task Process_500_due() => _scheduler.ProcessDueAsync(_now, CancellationToken.None);

    private async Task SetupAsync()
    {
        _databasePath = Path.Combine(Path.GetTempPath(), $"helpdesk-escalation-bench-{Guid.NewGuid():N}.db");
        var generatorTime = new FixedTimeProvider(GeneratedAt);
        _factory = new FileContextFactory(_databasePath);
        await using (var db = _factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await new DemoDataSeeder(
                _calendar, new CompanyClock(_calendar.TimeZone, generatorTime), generatorTime,
                Options.Create(new TierRecalculationOptions { GoldFrom = 10_000m, PlatinumFrom = 50_000m })).SeedAsync(db, CancellationToken.None);
            await new VolumeDataGenerator(_calendar, generatorTime).GenerateAsync(db, OpenTickets, orders: 0, CancellationToken.None);
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");

            // The pass instant: the latest at-risk instant of the live clocks (demo tickets included) at which at most
            // DueClocks are at risk; many clocks share an instant (the start of business hours), so often fewer.
            var atRisk = await db.Database.SqlQuery<long>(
                $"SELECT ResponseAtRiskFromUtcTicks AS Value FROM Tickets WHERE AwaitingResponse = 1 AND ResponseAtRiskFromUtcTicks IS NOT NULL ORDER BY ResponseAtRiskFromUtcTicks")
                .ToListAsync();
            var last = DueClocks - 1;
            while (last > 0 && atRisk[last + 1] == atRisk[last])
            {
                last--;
            }

            _now = new DateTimeOffset(atRisk[last], TimeSpan.Zero);
            _generated = (
                await db.Escalations.MaxAsync(e => (long?)e.Id) ?? 0,
                await db.EscalationMails.MaxAsync(m => (long?)m.Id) ?? 0,
                await db.OutboxMessages.MaxAsync(m => (long?)m.Id) ?? 0);
            var live = await db.Tickets.CountAsync(t => t.AwaitingResponse && t.ResponseDueUtcTicks != null);
            var due = await db.Tickets.CountAsync(t => t.AwaitingResponse && t.ResponseAtRiskFromUtcTicks <= _now.UtcTicks);
            var breached = await db.Tickets.CountAsync(t => t.AwaitingResponse && t.ResponseDueUtcTicks <= _now.UtcTicks);
            Console.WriteLine($"// {await db.Tickets.CountAsync()} tickets, {live} running clocks; at {_now:u}: {due} at risk, {breached} of them past due");
        }

        var time = new FixedTimeProvider(_now);
        var mail = new EmailOptions { From = "helpdesk@example.com", SupportAddress = "support@example.com", PublicBaseUrl = "https://helpdesk.example.com" };
        _scheduler = new EscalationScheduler(
            _factory, time, _calendar, Options.Create(new EscalationOptions()), new PersonalHours(_calendar),
            new EscalationMailStep(new OutboxWriter(time), Options.Create(mail), _calendar), new AgentNotificationCenter(_factory, new AgentNotificationHub(NullLogger<AgentNotificationHub>.Instance), time),
            new TicketChangeHub(NullLogger<TicketChangeHub>.Instance), NullLogger<EscalationScheduler>.Instance);
    }

    private string Written()
    {
        using var db = _factory.CreateDbContext();
        return $"{db.Escalations.Count()} notices, {db.EscalationMails.Count()} e-mails, {db.OutboxMessages.Count()} outbox messages";
    }

    private sealed class FileContextFactory(string path) : IDbContextFactory<HelpdeskDbContext>
    {
        private readonly DbContextOptions<HelpdeskDbContext> _options = new DbContextOptionsBuilder<HelpdeskDbContext>()
            .UseSqlite($"Data Source={path};Default Timeout=30") // pooled, as the app's connection string
            .AddInterceptors(new SqliteWriteAheadLogInterceptor())
            .Options;

        public HelpdeskDbContext CreateDbContext() => new(_options);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
