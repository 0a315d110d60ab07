using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Registers the SQLite <see cref="HelpdeskDbContext"/> factory (<see cref="DatabaseMigrator"/> is the first start-up step).</summary>
    public static IServiceCollection AddHelpdeskDatabase(this IServiceCollection services)
    {
        // Read lazily: test hosts add their connection string after Program has run its registrations.
        services.AddDbContextFactory<HelpdeskDbContext>((provider, options) =>
        {
            var connectionString = HelpdeskConnectionString.Resolve(
                provider.GetRequiredService<IConfiguration>(),
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
            options.UseSqlite(connectionString).AddInterceptors(new SqliteWriteAheadLogInterceptor());
        });

        return services;
    }
}
