using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Tests.Features.Notifications.Email;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.ScaleOut;

/// <summary>
/// Quartz clustered on PostgreSQL across two app processes: each firing runs on one instance, and a job of an instance
/// that dies is finished by the other.
/// </summary>
public sealed class ClusteredJobsTests
{
    private const string SkipReason = "Scale-out runs on PostgreSQL only (HELPDESK_TEST_PROVIDER=PostgreSQL).";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Each_outbox_message_is_delivered_once_while_both_instances_deliver()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, SkipReason);
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var cluster = ScaleOutCluster.Create();
        await cluster.StartAsync(new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = nameof(SmtpSecurity.None),
            ["Email:Delivery:PollInterval"] = "00:00:01",
            ["Email:Delivery:BatchSize"] = "5",
        });

        const int count = 60;
        await using (var db = cluster.CreateDbContext())
        {
            var writer = new OutboxWriter(TimeProvider.System);
            for (var n = 1; n <= count; n++)
            {
                Assert.True(await writer.TryAddAsync(db, OutboxTestWorld.Message(n, "Scale-out"), TestContext.Current.CancellationToken));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await cluster.EventuallyAsync(
            async () =>
            {
                await using var db = cluster.CreateDbContext();
                return await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent, TestContext.Current.CancellationToken) == count;
            },
            Patience, $"all {count} outbox messages sent");

        var received = smtp.Received.Select(m => m.Subject).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"Scale-out #{n}").Order(StringComparer.Ordinal), received);
    }

    [Fact]
    public async Task The_quarterly_recalculation_fires_once_across_both_instances()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, SkipReason);
        await using var cluster = ScaleOutCluster.Create();
        const int customers = 40;
        await SeedCustomersAsync(cluster, customers);

        // The production cron fires once at a quarter's start; this one fires once, a minute from now, so both
        // instances are up when it fires. Minute and second are the same in UTC and the company zone, and the job
        // decides the quarter that contains the firing, as it does on 1 January.
        var firing = DateTimeOffset.UtcNow.AddSeconds(60);
        await cluster.StartAsync(new Dictionary<string, string> { ["Scheduling:TierRecalculationCron"] = $"{firing.Second} {firing.Minute} * * * ?" });
        Assert.True(DateTimeOffset.UtcNow < firing, $"Both instances should be up before the firing at {firing:T}; start-up took too long.");

        var run = await cluster.EventuallyAsync(() => FinishedRunAsync(cluster), Patience, "the recalculation finished");
        Assert.True(run.Error is null, $"The recalculation failed on PostgreSQL: {run.Error}{Environment.NewLine}{cluster.Logs()}");

        // Past the firing and the finished run, the other instance had every chance to run it a second time: it did not.
        await using var db = cluster.CreateDbContext();
        Assert.Equal(1, await db.TierRecalculationRuns.CountAsync(TestContext.Current.CancellationToken));
        await AssertEveryCustomerAssignedOnceAsync(db, run, customers);
    }

    [Fact]
    public async Task A_recalculation_on_a_killed_instance_is_finished_by_the_other()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, SkipReason);
        await using var cluster = ScaleOutCluster.Create();
        const int customers = 6000;
        await SeedCustomersAsync(cluster, customers);
        var firing = DateTimeOffset.UtcNow.AddSeconds(60);
        await cluster.StartAsync(new Dictionary<string, string>
        {
            ["Scheduling:TierRecalculationCron"] = $"{firing.Second} {firing.Minute} * * * ?",
            // Small batches: the run takes long enough to be killed half-way, and each batch commits on its own.
            ["TierRecalculation:BatchSize"] = "10",
        });

        // Quartz records the executing firing with the id of the instance that runs it; each instance logs its id.
        var holder = await cluster.EventuallyAsync(
            async () =>
            {
                if (await FinishedRunAsync(cluster) is { } early)
                {
                    Assert.Fail($"The recalculation ended before it could be killed ({early.Error ?? "no error; seed more customers"}).{Environment.NewLine}{cluster.Logs()}");
                }

                return await cluster.ScalarAsync<string>(
                    "SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = 'tier-recalculation' AND state = 'EXECUTING'") is { } id
                    && await AssignedAsync(cluster) > 0 ? id : null;
            },
            Patience, "a recalculation in progress");
        var victim = cluster.Instances.Single(instance => instance.Wrote(holder));
        var survivor = cluster.Instances.Single(instance => instance != victim);
        Assert.True(await AssignedAsync(cluster) < customers, "The run finished before it could be killed; seed more customers.");
        await victim.KillAsync();

        var run = await cluster.EventuallyAsync(() => FinishedRunAsync(cluster), Patience, $"{survivor} finished the recalculation {victim} started");
        Assert.True(run.Error is null, $"The recalculation failed on PostgreSQL: {run.Error}{Environment.NewLine}{cluster.Logs()}");
        Assert.False(survivor.HasExited);

        await using var db = cluster.CreateDbContext();
        // The killed run's row stays unfinished; the recovered run did the rest.
        var runs = await db.TierRecalculationRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([null, run.FinishedUtcTicks], runs.Select(r => r.FinishedUtcTicks));
        Assert.Equal(customers, run.Assigned + run.AlreadyAssigned);
        await AssertEveryCustomerAssignedOnceAsync(db, run, customers);
    }

    private static async Task SeedCustomersAsync(ScaleOutCluster cluster, int count)
    {
        await using var db = cluster.CreateDbContext();
        for (var n = 1; n <= count; n++)
        {
            db.Customers.Add(new Customer
            {
                CompanyName = $"Scale-out customer {n}",
                ContactEmail = $"contact{n}@scale-out.test",
                Country = "DE",
                DisplayTimeZone = "Europe/Berlin",
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<TierRecalculationRun?> FinishedRunAsync(ScaleOutCluster cluster)
    {
        await using var db = cluster.CreateDbContext();
        return await db.TierRecalculationRuns.AsNoTracking()
            .Where(r => r.FinishedUtcTicks != null)
            .FirstOrDefaultAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<int> AssignedAsync(ScaleOutCluster cluster)
    {
        await using var db = cluster.CreateDbContext();
        return await db.TierAssignments.CountAsync(TestContext.Current.CancellationToken);
    }

    private static async Task AssertEveryCustomerAssignedOnceAsync(HelpdeskDbContext db, TierRecalculationRun run, int customers)
    {
        var ct = TestContext.Current.CancellationToken;
        var assigned = await db.TierAssignments.Where(a => a.Year == run.Year && a.Quarter == run.Quarter)
            .GroupBy(a => a.CustomerId).Select(g => g.Count()).ToListAsync(ct);
        Assert.Equal(customers, assigned.Count);
        Assert.All(assigned, perCustomer => Assert.Equal(1, perCustomer));

        // One tier mail per customer for the quarter (each customer has only its contact address).
        var mails = await db.OutboxMessages.Where(m => m.DeduplicationKey != null && m.DeduplicationKey.EndsWith(":" + run.QuarterLabel))
            .Select(m => m.To).ToListAsync(ct);
        Assert.Equal(customers, mails.Count);
        Assert.Equal(customers, mails.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
