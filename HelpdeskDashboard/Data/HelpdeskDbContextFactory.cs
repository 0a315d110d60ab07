using HelpdeskDashboard.Data.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Data;

/// <summary>Makes the context type of the configured provider; every feature asks for a <see cref="HelpdeskDbContext"/>.</summary>
internal sealed class HelpdeskDbContextFactory(DbContextOptions<HelpdeskDbContext> options, IOptions<DatabaseOptions> database)
    : IDbContextFactory<HelpdeskDbContext>
{
    private readonly bool _postgreSql = database.Value.Kind == DatabaseProvider.PostgreSQL;

    public HelpdeskDbContext CreateDbContext() =>
        _postgreSql ? new PostgreSqlHelpdeskDbContext(options) : new HelpdeskDbContext(options);
}
