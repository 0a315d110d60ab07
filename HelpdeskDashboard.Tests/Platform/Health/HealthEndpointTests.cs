using System.Net;
using System.Text.Json;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HelpdeskDashboard.Tests.Platform.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthy_app_answers_200_with_a_json_summary()
    {
        await using var app = new HelpdeskAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("""{"status":"Healthy","checks":{"database":"Healthy"}}""", body);
    }

    [Fact]
    public async Task Lost_database_answers_503_and_names_the_failing_check()
    {
        await using var app = new HelpdeskAppFactory();
        using var client = app.CreateClient();
        using (var healthy = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        if (TestDatabases.IsPostgreSql)
        {
            // The database is dropped under the running app.
            TestDatabases.DropPostgreSqlDatabase(app.ConnectionString);
        }
        else
        {
            // The file the connection string names is gone and a folder stands in its place.
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(app.WorkingDirectory, "helpdesk.db*"))
            {
                File.Delete(file);
            }

            Directory.CreateDirectory(app.DatabasePath);
        }

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Unusable_database_path_stops_start_up()
    {
        await using var app = new HelpdeskAppFactory();
        if (TestDatabases.IsPostgreSql)
        {
            // No server listens on port 1: the migration cannot connect.
            app.ConnectionString = "Host=127.0.0.1;Port=1;Database=helpdesk;Username=helpdesk;Timeout=2";
            var refused = Record.Exception(() => app.CreateClient());
            Assert.NotNull(StartupFailure.Innermost<Npgsql.NpgsqlException>(refused));
            return;
        }

        // A folder where the database file should be: SQLite cannot open it, so migration fails.
        Directory.CreateDirectory(app.DatabasePath);

        var error = Record.Exception(() => app.CreateClient());

        Assert.IsType<SqliteException>(StartupFailure.Innermost<SqliteException>(error));
    }
}
