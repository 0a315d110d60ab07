using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HelpdeskDashboard.Data.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef … --context PostgreSqlHelpdeskDbContext</c> build the PostgreSQL model without a server
/// (adding a migration and the drift check never connect).
/// </summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlHelpdeskDbContext>
{
    public PostgreSqlHelpdeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HelpdeskDbContext>().UseNpgsql("Host=localhost;Database=helpdesk").Options);
}
