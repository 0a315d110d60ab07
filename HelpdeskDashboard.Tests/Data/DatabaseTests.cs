using HelpdeskDashboard.Data;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Data;

public sealed class DatabaseTests
{
    [Fact]
    public async Task Start_up_applies_every_migration_and_the_model_matches_them()
    {
        await using var app = new HelpdeskAppFactory();
        _ = app.Server;
        var factory = app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);

        Assert.True(TestDatabases.IsPostgreSql || File.Exists(app.DatabasePath));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        // Fails when an entity changed without "dotnet ef migrations add".
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Connections_use_write_ahead_logging()
    {
        TestDatabases.SkipUnlessSqlite("the journal mode");
        await using var app = new HelpdeskAppFactory();
        _ = app.Server;
        var factory = app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);

        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", mode);
    }

    [Fact]
    public void Relative_database_path_is_anchored_at_the_content_root_and_its_folder_created()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "helpdesk-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Helpdesk"] = "Data Source=App_Data/helpdesk.db;Default Timeout=30",
            }).Build();

            var resolved = new SqliteConnectionStringBuilder(HelpdeskConnectionString.Resolve(configuration, contentRoot));

            Assert.Equal(Path.Combine(contentRoot, "App_Data", "helpdesk.db"), resolved.DataSource);
            Assert.Equal(30, resolved.DefaultTimeout);
            Assert.True(Directory.Exists(Path.Combine(contentRoot, "App_Data")));
        }
        finally
        {
            if (Directory.Exists(contentRoot))
            {
                Directory.Delete(contentRoot, recursive: true);
            }
        }
    }

    [Fact]
    public void Missing_connection_string_falls_back_to_the_app_data_database()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "helpdesk-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var resolved = new SqliteConnectionStringBuilder(
                HelpdeskConnectionString.Resolve(new ConfigurationBuilder().Build(), contentRoot));

            Assert.Equal(Path.Combine(contentRoot, "App_Data", "helpdesk.db"), resolved.DataSource);
            Assert.Equal(30, resolved.DefaultTimeout);
        }
        finally
        {
            if (Directory.Exists(contentRoot))
            {
                Directory.Delete(contentRoot, recursive: true);
            }
        }
    }

    [Fact]
    public void In_memory_database_is_left_alone()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Helpdesk"] = "Data Source=:memory:",
        }).Build();

        var resolved = new SqliteConnectionStringBuilder(HelpdeskConnectionString.Resolve(configuration, "/nowhere"));

        Assert.Equal(":memory:", resolved.DataSource);
    }
}
