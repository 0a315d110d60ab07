using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HelpdeskDashboard.Data.PostgreSql;

/// <summary>
/// After rows were written with explicit ids (demo data, a copied database), moves every identity (or serial) column's
/// sequence past the highest id, so the next insert without an id does not collide. SQLite needs nothing: it takes
/// MAX(rowid) + 1. setval is not transactional: call this once the rows are there to stay (a rollback leaves a gap only).
/// </summary>
public static class IdentitySequences
{
    private const string RestartAll = """
        DO $$
        DECLARE c record;
        BEGIN
          FOR c IN SELECT table_name, column_name FROM information_schema.columns
                   WHERE table_schema = current_schema() AND (is_identity = 'YES' OR coalesce(column_default, '') LIKE 'nextval(%') LOOP
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

    /// <summary>The same on a PostgreSQL connection outside EF (the copy command), inside its transaction.</summary>
    public static async Task RestartAfterExplicitIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RestartAll;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
