using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Data.PostgreSql;

/// <summary>
/// The helpdesk model on PostgreSQL: the same entities and mappings as <see cref="HelpdeskDbContext"/> with the few
/// spellings SQLite and PostgreSQL do not share (<see cref="PostgreSqlModel"/>), and its own migration set
/// (Data/PostgreSql/Migrations). A separate type because EF keys migrations and the cached model by context type.
/// </summary>
public sealed class PostgreSqlHelpdeskDbContext(DbContextOptions<HelpdeskDbContext> options) : HelpdeskDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        PostgreSqlModel.Adapt(modelBuilder);
    }
}
