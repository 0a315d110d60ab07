using HelpdeskDashboard.Data;
using HelpdeskDashboard.Data.PostgreSql;
using HelpdeskDashboard.Tests.Infrastructure;
using Npgsql;

namespace HelpdeskDashboard.Tests.ScaleOut;

/// <summary>
/// Two app processes (<see cref="AppProcess"/>) on one fresh PostgreSQL test database and one shared folder. They
/// start one after the other: what is tested is how they run side by side, not a race of two first starts.
/// </summary>
internal sealed class ScaleOutCluster : IAsyncDisposable
{
    private readonly List<AppProcess> _instances = [];

    private ScaleOutCluster(string connectionString, string folder)
    {
        ConnectionString = connectionString;
        Folder = folder;
    }

    public string ConnectionString { get; }

    public string Folder { get; }

    public AppProcess A => _instances[0];

    public AppProcess B => _instances[1];

    public IReadOnlyList<AppProcess> Instances => _instances;

    /// <summary>A new database (and folder) without instances; <see cref="StartAsync"/> adds them.</summary>
    public static ScaleOutCluster Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "helpdesk-tests", "scale-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new ScaleOutCluster(TestDatabases.CreatePostgreSqlDatabase(), folder);
    }

    /// <summary>Starts instances A and B with the same settings, B once A is healthy.</summary>
    public async Task StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        foreach (var name in new[] { "A", "B" })
        {
            _instances.Add(await AppProcess.StartAsync(name, ConnectionString, Folder, settings ?? new Dictionary<string, string>(), TestContext.Current.CancellationToken));
        }
    }

    public HelpdeskDbContext CreateDbContext() => new PostgreSqlHelpdeskDbContext(TestDatabases.PostgreSqlOptions(ConnectionString));

    /// <summary>Runs a scalar query against the test database (Quartz's own tables, which the model does not map).</summary>
    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>Every instance's log tail, for an assertion message.</summary>
    public string Logs() => string.Join(Environment.NewLine, _instances.Select(instance => instance.Tail()));

    /// <summary>
    /// Polls <paramref name="condition"/> until it holds, failing with the instances' logs after <paramref name="patience"/>.
    /// Two processes work on their own; this waits for a state they reach, it does not wait for time to pass.
    /// </summary>
    public async Task<T> EventuallyAsync<T>(Func<Task<T?>> condition, TimeSpan patience, string what)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition() is { } value)
            {
                return value;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"Not reached within {patience}: {what}.{Environment.NewLine}{Logs()}");
    }

    public Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan patience, string what) =>
        EventuallyAsync<object>(async () => await condition() ? true : null, patience, what);

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        TestDatabases.DropPostgreSqlDatabase(ConnectionString);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
