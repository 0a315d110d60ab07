using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HelpdeskDashboard.Benchmarks.Features.Tickets;

/// <summary>
/// The same board on PostgreSQL at ten times the SQLite volume: the demo data plus 100,000 generated open tickets, in a
/// database of its own on the server HELPDESK_BENCH_POSTGRES names (an admin connection string, e.g. what
/// <c>.ci/postgres start</c> prints), dropped afterwards.
/// </summary>
public class BoardQueryOnPostgreSqlBenchmarks : BoardQueryBenchmarks
{
    private string _server = "";
    private string _database = "";

    protected override int OpenTickets => 100_000;

    protected override IDbContextFactory<HelpdeskDbContext> CreateDatabase()
    {
        _server = Environment.GetEnvironmentVariable("HELPDESK_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set HELPDESK_BENCH_POSTGRES to an admin connection string of a PostgreSQL server.");
        _database = $"helpdesk_board_bench_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{_database}\"");
        return new PostgreSqlContextFactory(new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString);
    }

    public override void Cleanup()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private sealed class PostgreSqlContextFactory(string connectionString) : IDbContextFactory<HelpdeskDbContext>
    {
        private readonly DbContextOptions<HelpdeskDbContext> _options =
            new DbContextOptionsBuilder<HelpdeskDbContext>().UseNpgsql(connectionString).Options;

        public HelpdeskDbContext CreateDbContext() => new PostgreSqlHelpdeskDbContext(_options);
    }
}
