using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using HelpdeskDashboard.Platform.Files;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>
/// A real database migrated to the current schema, deleted on dispose: a SQLite file (WAL, as the app runs it), or a
/// PostgreSQL database when the tests run there (<see cref="TestDatabases"/>). Every context is a separate connection,
/// so two contexts really race. <see cref="BeforeNextSave"/> lets a test slip a competing
/// change in between a command's read and its save.
/// </summary>
internal sealed class RacingTestDatabase : IDbContextFactory<HelpdeskDbContext>, IAsyncDisposable
{
    private readonly string _path;
    private readonly string? _postgreSql;
    private readonly DbContextOptions<HelpdeskDbContext> _options;
    private readonly OneShotSaveHook _hook = new();

    private RacingTestDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "helpdesk-tests");
        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, $"tickets-{Guid.NewGuid():N}.db");
        Files = new ContentStore(_path + "-files");
        var options = new DbContextOptionsBuilder<HelpdeskDbContext>();
        if (TestDatabases.IsPostgreSql)
        {
            _postgreSql = TestDatabases.CreatePostgreSqlDatabase();
            _options = options.UseNpgsql(_postgreSql).AddInterceptors(_hook).Options;
            return;
        }

        _options = options
            .UseSqlite($"Data Source={_path};Default Timeout=30;Pooling=False")
            .AddInterceptors(new SqliteWriteAheadLogInterceptor(), _hook)
            .Options;
    }

    public static async Task<RacingTestDatabase> CreateAsync()
    {
        var database = new RacingTestDatabase();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public HelpdeskDbContext CreateDbContext() =>
        _postgreSql is null ? new HelpdeskDbContext(_options) : new PostgreSqlHelpdeskDbContext(_options);

    /// <summary>The file store beside the database (attachments, received mail), deleted with it.</summary>
    public ContentStore Files { get; }

    /// <summary>Runs <paramref name="competingChange"/> once, just before the next SaveChanges of any context starts writing.</summary>
    public void BeforeNextSave(Func<Task> competingChange) => _hook.Arm(competingChange);

    public ValueTask DisposeAsync()
    {
        if (_postgreSql is not null)
        {
            TestDatabases.DropPostgreSqlDatabase(_postgreSql);
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A leftover temp file must not fail a test.
            }
        }

        try
        {
            Directory.Delete(Files.Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was stored.
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }

        return ValueTask.CompletedTask;
    }

    private sealed class OneShotSaveHook : SaveChangesInterceptor
    {
        private Func<Task>? _pending;

        public void Arm(Func<Task> action) => _pending = action;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _pending, null) is { } action)
            {
                await action();
            }

            return result;
        }
    }
}
