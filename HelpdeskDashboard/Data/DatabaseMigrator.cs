using HelpdeskDashboard.Platform.Startup;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Data;

/// <summary>
/// Brings the database schema up to date before the server accepts requests. A failure stops
/// start-up: serving pages against an unknown schema would only fail later and less clearly.
/// </summary>
internal sealed class DatabaseMigrator(IDbContextFactory<HelpdeskDbContext> contextFactory) : IStartupStep
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }
}
