using System.Diagnostics;
using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>
/// <c>HelpdeskDashboard --measure-tier-recalc &lt;database file | PostgreSQL connection string&gt; [customers] [orders]</c>:
/// the first call generates a separate database with that many customers and orders (over the last two quarters) and
/// exits; each later call clears the current quarter's assignments and mails, recalculates it and prints the time and the
/// process's peak working set. Generation and measurement are separate processes so the peak belongs to the recalculation.
/// A target naming <c>Host=</c> is a PostgreSQL database (created by the first call if missing, never the app's own).
/// </summary>
public static class MeasureTierRecalculationCommand
{
    public const string Switch = "--measure-tier-recalc";

    public static bool IsRequested(IReadOnlyList<string> args) =>
        args.Any(arg => string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase));

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var at = args.ToList().FindIndex(a => string.Equals(a, Switch, StringComparison.OrdinalIgnoreCase));
        if (at + 1 >= args.Count)
        {
            await output.WriteLineAsync($"Usage: HelpdeskDashboard {Switch} <database file | PostgreSQL connection string> [customers=100000] [orders=2000000]");
            return 2;
        }

        var target = args[at + 1];
        var postgreSql = target.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        if (postgreSql && new CopyTargetValidator().Validate(new CopyTarget(target)) is { IsValid: false } invalid)
        {
            await output.WriteLineAsync(invalid.Errors[0].ErrorMessage);
            return 2;
        }

        var customers = at + 2 < args.Count ? int.Parse(args[at + 2], CultureInfo.InvariantCulture) : 100_000;
        var orders = at + 3 < args.Count ? int.Parse(args[at + 3], CultureInfo.InvariantCulture) : 2_000_000;
        var name = postgreSql ? $"database {new NpgsqlConnectionStringBuilder(target).Database}" : Path.GetFullPath(target);
        IDbContextFactory<HelpdeskDbContext> factory = postgreSql
            ? new TargetContextFactory(o => o.UseNpgsql(target), postgreSql: true)
            : new TargetContextFactory(o => o.UseSqlite($"Data Source={name};Default Timeout=30").AddInterceptors(new SqliteWriteAheadLogInterceptor()), postgreSql: false);
        var clock = services.GetRequiredService<CompanyClock>();
        var now = TimeProvider.System.GetUtcNow();
        var quarter = CalendarQuarter.Containing(now, clock);

        if (postgreSql ? !await HasCustomersAsync(factory, cancellationToken) : !File.Exists(name))
        {
            var watch = Stopwatch.StartNew();
            await GenerateAsync(factory, customers, orders, quarter.Previous().StartIn(clock), now, cancellationToken);
            await output.WriteLineAsync($"Generated {customers} customers and {orders} orders in {name} ({watch.Elapsed.TotalSeconds:0.0} s). Run the same command again to measure.");
            return 0;
        }

        await ClearQuarterAsync(factory, quarter, cancellationToken);
        var recalculator = new TierRecalculator(
            factory, services.GetRequiredService<TierCatalog>(), clock,
            services.GetRequiredService<IOptions<TierRecalculationOptions>>(), TimeProvider.System);
        var stopwatch = Stopwatch.StartNew();
        var outcome = await recalculator.RecalculateAsync(quarter, null, cancellationToken);
        stopwatch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        await output.WriteLineAsync(
            $"Recalculated {quarter}: {outcome.Assigned} customers (up {outcome.Up}, down {outcome.Down}, unchanged {outcome.Unchanged}, first {outcome.First}), " +
            $"{outcome.EmailsWritten} mails, in {stopwatch.Elapsed.TotalSeconds:0.00} s; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB.");
        return 0;
    }

    private static async Task<bool> HasCustomersAsync(IDbContextFactory<HelpdeskDbContext> factory, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct); // creates the database if it is missing
        return await db.Customers.AnyAsync(ct);
    }

    private static async Task ClearQuarterAsync(IDbContextFactory<HelpdeskDbContext> factory, CalendarQuarter quarter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.TierAssignments.Where(a => a.Year == quarter.Year && a.Quarter == quarter.Number).ExecuteDeleteAsync(ct);
        var prefix = $"tier:";
        var suffix = $":{quarter}";
        await db.OutboxMessages.Where(m => m.DeduplicationKey != null && m.DeduplicationKey.StartsWith(prefix) && m.DeduplicationKey.Contains(suffix)).ExecuteDeleteAsync(ct);
        if (db.Database.IsSqlite())
        {
            // Starts the measurement from an empty write-ahead log.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
    }

    private static async Task GenerateAsync(IDbContextFactory<HelpdeskDbContext> factory, int customers, int orders, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var random = new Random(7);
        await using (var transaction = await db.Database.BeginWriteTransactionAsync(ct))
        {
            using var insert = new BulkInsertCommand<Customer>(db, transaction, false,
                nameof(Customer.CompanyName), nameof(Customer.ContactEmail), nameof(Customer.Country), nameof(Customer.DisplayTimeZone),
                nameof(Customer.CurrentTier), nameof(Customer.TierSinceUtcTicks), nameof(Customer.SubscriptionTier), nameof(Customer.SubscriptionStartUtcTicks));
            for (var i = 1; i <= customers; i++)
            {
                // One customer in ten holds a subscription, so both reasons occur.
                var plan = i % 10 == 0 ? (i % 20 == 0 ? SubscriptionPlan.Platinum : SubscriptionPlan.Gold) : SubscriptionPlan.None;
                await insert.InsertAsync(
                    [$"Volume Customer {i}", $"billing{i}@volume.example", "DE", "Europe/Berlin", Tier.Basic, 0L, plan, plan == SubscriptionPlan.None ? null : from.UtcTicks],
                    ct);
            }

            await insert.CompleteAsync(ct);
            await transaction.CommitAsync(ct);
        }

        var span = to.UtcTicks - from.UtcTicks;
        const int perTransaction = 100_000;
        for (var start = 0; start < orders; start += perTransaction)
        {
            await using var transaction = await db.Database.BeginWriteTransactionAsync(ct);
            using var insert = new BulkInsertCommand<Order>(db, transaction, false,
                nameof(Order.CustomerId), nameof(Order.ExternalOrderId), nameof(Order.OrderedUtcTicks), nameof(Order.AmountCents));
            for (var i = start; i < Math.Min(orders, start + perTransaction); i++)
            {
                var amount = random.Next(100, 600_000) * (random.Next(20) == 0 ? -1L : 1L); // 1 in 20 a refund
                await insert.InsertAsync([random.Next(1, customers + 1), $"VOL-{i}", from.UtcTicks + random.NextInt64(span), amount], ct);
            }

            await insert.CompleteAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (db.Database.IsNpgsql())
        {
            // What an operator does after a bulk load: planner statistics, and a visibility map for index-only scans.
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", ct);
        }
    }

    private sealed class TargetContextFactory(Action<DbContextOptionsBuilder<HelpdeskDbContext>> configure, bool postgreSql)
        : IDbContextFactory<HelpdeskDbContext>
    {
        private readonly DbContextOptions<HelpdeskDbContext> _options = Build(configure);

        public HelpdeskDbContext CreateDbContext() =>
            postgreSql ? new PostgreSqlHelpdeskDbContext(_options) : new HelpdeskDbContext(_options);

        private static DbContextOptions<HelpdeskDbContext> Build(Action<DbContextOptionsBuilder<HelpdeskDbContext>> configure)
        {
            var builder = new DbContextOptionsBuilder<HelpdeskDbContext>();
            configure(builder);
            return builder.Options;
        }
    }
}
