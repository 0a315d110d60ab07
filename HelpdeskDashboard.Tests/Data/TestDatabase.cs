using HelpdeskDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Data;

/// <summary>
/// A private in-memory SQLite database with the full schema. The connection stays open for the database's
/// lifetime (an in-memory database disappears with its last connection); every context shares it.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<HelpdeskDbContext>, IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<HelpdeskDbContext> _options;

    private TestDatabase()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        _options = new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(_connection).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
    }

    public static TestDatabase Create() => new();

    public SqliteConnection Connection => _connection;

    public HelpdeskDbContext CreateDbContext() => new(_options);

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
