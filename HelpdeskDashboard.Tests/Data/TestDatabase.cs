using System.Data.Common;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Data;

/// <summary>
/// A private database with the full schema on the provider the tests run on (<see cref="TestDatabases"/>): in-memory
/// SQLite, whose one connection stays open for the database's lifetime (an in-memory database disappears with its last
/// connection) and is shared by every context; or a fresh PostgreSQL database, dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<HelpdeskDbContext>, IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbContextOptions<HelpdeskDbContext> _options;
    private readonly string? _postgreSql;

    private TestDatabase()
    {
        if (TestDatabases.IsPostgreSql)
        {
            _postgreSql = TestDatabases.CreatePostgreSqlDatabase();
            _options = TestDatabases.PostgreSqlOptions(_postgreSql);
            _connection = new Npgsql.NpgsqlConnection(_postgreSql);
            _connection.Open();
            return;
        }

        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        _options = new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(_connection).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
    }

    public static TestDatabase Create() => new();

    /// <summary>An open connection to the database, for reading what the model cannot show (stored text, plans).</summary>
    public DbConnection Connection => _connection;

    public HelpdeskDbContext CreateDbContext() =>
        _postgreSql is null ? new HelpdeskDbContext(_options) : new PostgreSqlHelpdeskDbContext(_options);

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        if (_postgreSql is not null)
        {
            TestDatabases.DropPostgreSqlDatabase(_postgreSql);
        }
    }
}
