using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HelpdeskDashboard.Data;

/// <summary>Recognises the database errors the app handles, whichever provider raised them.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067; // SQLITE_CONSTRAINT_UNIQUE (extended code of SQLITE_CONSTRAINT, 19)
    private const string PostgreSqlUniqueViolation = "23505";

    /// <summary>
    /// True when a save failed because another row already holds the same values in the unique index on
    /// <paramref name="table"/>(<paramref name="columns"/>). SQLite names the columns in its message; PostgreSQL names the
    /// index, so the index must keep EF's default name (IX_Table_Column1_Column2).
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException? error, string table, params string[] columns) =>
        error?.InnerException switch
        {
            SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite =>
                sqlite.Message.Contains($": {string.Join(", ", columns.Select(c => $"{table}.{c}"))}'", StringComparison.Ordinal),
            PostgresException { SqlState: PostgreSqlUniqueViolation } postgres =>
                postgres.TableName == table && postgres.ConstraintName == $"IX_{table}_{string.Join('_', columns)}",
            _ => false,
        };
}
