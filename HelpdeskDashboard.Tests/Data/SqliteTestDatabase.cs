using HelpdeskDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Data;

/// <summary>
/// A private in-memory SQLite database with the full schema. The connection stays open for the database's
/// lifetime (an in-memory database disappears with its last connection); every context shares it.
/// </summary>
public sealed class SqliteTestDatabase : IDbContextFactory<HelpdeskDbContext>, IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly DbContextOptions<HelpdeskDbContext> options;

    private SqliteTestDatabase()
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        options = new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(connection).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
    }

    public static SqliteTestDatabase Create() => new();

    public SqliteConnection Connection => connection;

    public HelpdeskDbContext CreateDbContext() => new(options);

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
