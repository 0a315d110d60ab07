using HelpdeskDashboard.Platform.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="HelpdeskDbContext"/> factory on the provider "Database:Provider" names (SQLite by default,
    /// or PostgreSQL) with "ConnectionStrings:Helpdesk", both validated at start-up; <see cref="DatabaseMigrator"/> is the
    /// first start-up step.
    /// </summary>
    public static IServiceCollection AddHelpdeskDatabase(this IServiceCollection services)
    {
        services.AddValidatedOptions<DatabaseOptions, DatabaseOptionsValidator>(DatabaseOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(HelpdeskConnectionString.Name));

        // Read lazily: test hosts add their connection string after Program has run its registrations.
        services.AddDbContextFactory<HelpdeskDbContext, HelpdeskDbContextFactory>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Kind == DatabaseProvider.PostgreSQL)
            {
                options.UseNpgsql(database.ConnectionString);
                return;
            }

            var connectionString = HelpdeskConnectionString.Resolve(
                provider.GetRequiredService<IConfiguration>(),
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
            options.UseSqlite(connectionString).AddInterceptors(new SqliteWriteAheadLogInterceptor());
        });

        return services;
    }
}
