using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HelpdeskDashboard.Data.PostgreSql;

/// <summary>
/// After rows were written with explicit ids (demo data, a copied database), moves every identity column's sequence past
/// the highest id, so the next insert without an id does not collide. SQLite needs nothing: it takes MAX(rowid) + 1.
/// </summary>
public static class IdentitySequences
{
    private const string RestartAll = """
        DO $$
        DECLARE c record;
        BEGIN
          FOR c IN SELECT table_name, column_name FROM information_schema.columns
                   WHERE table_schema = current_schema() AND is_identity = 'YES' LOOP
            EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), COALESCE((SELECT MAX(%I) FROM %I), 0) + 1, false)',
                           quote_ident(c.table_name), c.column_name, c.column_name, c.table_name);
          END LOOP;
        END $$;
        """;

    public static async Task RestartAfterExplicitIdsAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlRawAsync(RestartAll, cancellationToken);
        }
    }
}
