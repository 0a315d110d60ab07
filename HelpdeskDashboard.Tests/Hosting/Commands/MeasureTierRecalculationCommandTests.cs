using HelpdeskDashboard.Data;
using HelpdeskDashboard.Hosting.Commands;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Hosting.Commands;

public sealed class MeasureTierRecalculationCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task First_call_generates_the_volume_and_later_calls_recalculate_the_current_quarter_each_time()
    {
        await using var app = new HelpdeskAppFactory();
        using var target = new MeasurementTarget();
        using var generated = new StringWriter();
        using var first = new StringWriter();
        using var second = new StringWriter();

        Assert.Equal(0, await MeasureTierRecalculationCommand.RunAsync(app.Services, ["--measure-tier-recalc", target.Argument, "60", "600"], generated, Cancel));
        Assert.Equal(0, await MeasureTierRecalculationCommand.RunAsync(app.Services, ["--measure-tier-recalc", target.Argument], first, Cancel));
        Assert.Equal(0, await MeasureTierRecalculationCommand.RunAsync(app.Services, ["--measure-tier-recalc", target.Argument], second, Cancel));

        Assert.StartsWith("Generated 60 customers and 600 orders", generated.ToString(), StringComparison.Ordinal);
        Assert.Contains(": 60 customers", first.ToString(), StringComparison.Ordinal);
        Assert.Contains(": 60 customers", second.ToString(), StringComparison.Ordinal); // the second run cleared the first's
        await using var db = target.Open();
        Assert.Equal(60, await db.Customers.CountAsync(Cancel));
        Assert.Equal(600, await db.Orders.CountAsync(Cancel));
        Assert.Equal(60, await db.TierAssignments.CountAsync(Cancel));
    }

    [Theory]
    [InlineData("no host", "Host=;Database=tiers", "must name Host and Database")]
    [InlineData("unknown keyword", "Host=localhost;Databse=tiers", "cannot be read")]
    public async Task A_postgresql_target_that_cannot_be_used_is_refused_naming_why(string label, string target, string message)
    {
        _ = label;
        await using var app = new HelpdeskAppFactory();
        using var output = new StringWriter();

        var exitCode = await MeasureTierRecalculationCommand.RunAsync(app.Services, ["--measure-tier-recalc", target], output, Cancel);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A separate database of the provider the tests run on: a SQLite file the command creates, or an empty PostgreSQL database.</summary>
    private sealed class MeasurementTarget : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("measure-tiers-").FullName;

        public MeasurementTarget() =>
            Argument = TestDatabases.IsPostgreSql ? TestDatabases.CreatePostgreSqlDatabase() : Path.Combine(_folder, "tiers.db");

        public string Argument { get; }

        public HelpdeskDbContext Open() => TestDatabases.OpenContext(TestDatabases.IsPostgreSql ? Argument : $"Data Source={Argument};Pooling=False");

        public void Dispose()
        {
            if (TestDatabases.IsPostgreSql)
            {
                TestDatabases.DropPostgreSqlDatabase(Argument);
            }

            Directory.Delete(_folder, recursive: true);
        }
    }
}
