using System.Net.Http.Json;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Hosting.Commands;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Features.Accounts;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpdeskDashboard.Tests.Hosting.Commands;

public sealed class CopyToPostgreSqlCommandTests
{
    private const string NeedsServer = "Copies into a PostgreSQL server: run with HELPDESK_TEST_PROVIDER=PostgreSQL.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Copies_the_demo_data_so_the_app_on_the_target_signs_in_shows_the_same_tickets_and_hands_out_fresh_ids()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, NeedsServer);
        await using var source = await CopySourceDatabase.SeededAsync();
        var target = CopySourceDatabase.CreateEmptyPostgreSqlDatabase();
        try
        {
            using var output = new StringWriter();
            await using (var app = source.CreateApp())
            {
                Assert.Equal(0, await CopyToPostgreSqlCommand.RunAsync(app.Services, [CopyToPostgreSqlCommand.Switch, target], output, Cancel));
            }

            var report = output.ToString();
            TestContext.Current.TestOutputHelper?.WriteLine(report);
            Assert.Contains("all equal", report, StringComparison.Ordinal);
            Assert.DoesNotContain("DIFFERENT", report, StringComparison.Ordinal);
            foreach (var table in new[] { "Tickets", "AspNetUsers", "DataProtectionKeys", "qrtz_triggers", "qrtz_cron_triggers" })
            {
                Assert.Matches($@"(?m)^{table} +[1-9]\d* rows .* ok$", report);
            }

            await using var sourceDb = source.OpenContext();
            var tickets = await sourceDb.Tickets.CountAsync(Cancel);
            var lastTicket = await sourceDb.Tickets.OrderByDescending(t => t.Id).FirstAsync(Cancel);

            await using var onTarget = new HelpdeskAppFactory
            {
                ConnectionString = target,
                Settings = { ["Database:Provider"] = nameof(DatabaseProvider.PostgreSQL) },
            };
            using var agent = await onTarget.CreateSignedInClientAsync(DemoAccounts.AgentEmail, DemoAccounts.Password);
            var shown = await agent.GetFromJsonAsync<TicketSummary>(new Uri($"/api/tickets/{lastTicket.Id}", UriKind.Relative), Cancel);
            Assert.Equal(lastTicket.Subject, shown!.Subject);
            await using (var db = await onTarget.OpenDbAsync())
            {
                Assert.Equal(tickets, await db.Tickets.CountAsync(Cancel));
            }

            // The identity sequences moved past the copied ids: new rows neither collide nor reuse an id.
            var customerId = await sourceDb.Customers.MaxAsync(c => c.Id, Cancel);
            var newTicket = await onTarget.AddTicketAsync(customerId, "After the move");
            Assert.Equal(lastTicket.Id + 1, newTicket);
        }
        finally
        {
            TestDatabases.DropPostgreSqlDatabase(target);
        }
    }

    [Fact]
    public async Task A_target_with_rows_is_refused_by_name_and_count_and_nothing_is_written()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, NeedsServer);
        await using var source = CopySourceDatabase.Create();
        var target = TestDatabases.CreatePostgreSqlDatabase(); // migrated, so it has the tables
        try
        {
            await using (var db = new PostgreSqlHelpdeskDbContext(TestDatabases.PostgreSqlOptions(target)))
            {
                db.Customers.Add(new Customer { CompanyName = "Already here GmbH", ContactEmail = "it@here.example", Country = "DE", DisplayTimeZone = "Europe/Berlin" });
                await db.SaveChangesAsync(Cancel);
            }

            using var output = new StringWriter();
            await using (var app = source.CreateApp())
            {
                Assert.Equal(1, await CopyToPostgreSqlCommand.RunAsync(app.Services, [CopyToPostgreSqlCommand.Switch, target], output, Cancel));
            }

            Assert.Contains("the target is not empty: Customers (1 rows)", output.ToString(), StringComparison.Ordinal);
            await using (var db = new PostgreSqlHelpdeskDbContext(TestDatabases.PostgreSqlOptions(target)))
            {
                Assert.Equal(1, await db.Customers.CountAsync(Cancel));
                Assert.False(await db.Tickets.AnyAsync(Cancel));
                Assert.False(await db.Users.AnyAsync(Cancel));
            }

            // Not even Quartz's tables: the refusal comes before any schema is created.
            await using var connection = new NpgsqlConnection(target);
            await connection.OpenAsync(Cancel);
            await using var quartz = new NpgsqlCommand("SELECT to_regclass('qrtz_triggers') IS NULL", connection);
            Assert.True((bool)(await quartz.ExecuteScalarAsync(Cancel))!);
        }
        finally
        {
            TestDatabases.DropPostgreSqlDatabase(target);
        }
    }

    [Theory]
    [InlineData("missing", null, "Give the target's connection string")]
    [InlineData("unknown keyword", "Hots=db;Database=helpdesk", "cannot be read")]
    [InlineData("bad number", "Host=db;Port=many;Database=helpdesk", "cannot be read")]
    [InlineData("no database", "Host=db;Username=helpdesk", "must name Host and Database")]
    public async Task A_malformed_connection_string_gets_the_message_and_exit_code_2_before_anything_is_opened(string label, string? target, string message)
    {
        _ = label;
        // No app services at all: the argument is checked before the command needs any.
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var output = new StringWriter();
        string[] args = target is null ? [CopyToPostgreSqlCommand.Switch] : [CopyToPostgreSqlCommand.Switch, target];

        var exitCode = await CopyToPostgreSqlCommand.RunAsync(services, args, output, Cancel);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
        Assert.Contains(CopyToPostgreSqlCommand.Usage, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_running_on_PostgreSQL_is_refused_since_the_copy_reads_SQLite()
    {
        Assert.SkipUnless(TestDatabases.IsPostgreSql, NeedsServer);
        await using var app = new HelpdeskAppFactory(); // on its own PostgreSQL database in this pass
        using var output = new StringWriter();

        var exitCode = await CopyToPostgreSqlCommand.RunAsync(app.Services, [CopyToPostgreSqlCommand.Switch, app.ConnectionString], output, Cancel);

        Assert.Equal(1, exitCode);
        Assert.Contains("this app runs on PostgreSQL", output.ToString(), StringComparison.Ordinal);
    }
}
