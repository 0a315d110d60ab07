using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HelpdeskDashboard.Data;

/// <summary>
/// Lets <c>dotnet ef … --context HelpdeskDbContext</c> build the SQLite model. Without it the tools would take the
/// PostgreSQL design-time factory for this context too (the factory interface is covariant, and that context derives from this one).
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<HelpdeskDbContext>
{
    public HelpdeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HelpdeskDbContext>().UseSqlite(HelpdeskConnectionString.Default).Options);
}
