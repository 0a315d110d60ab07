using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace HelpdeskDashboard.Data;

/// <summary>Recognises the database errors the app handles, whichever provider raised them.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067; // SQLITE_CONSTRAINT_UNIQUE (extended code of SQLITE_CONSTRAINT, 19)
    private const string PostgreSqlUniqueViolation = "23505";

    /// <summary>
    /// True when a save failed because another row already holds the same values in the unique index the model declares
    /// on <typeparamref name="TEntity"/>(<paramref name="properties"/>). The table, column and index names come from the
    /// failed entries' model: SQLite names the columns in its message, PostgreSQL names the index.
    /// </summary>
    public static bool IsUniqueViolation<TEntity>(DbUpdateException? error, params string[] properties)
    {
        var entityType = error?.Entries.FirstOrDefault()?.Context.Model.FindEntityType(typeof(TEntity));
        var index = entityType?.GetIndexes().FirstOrDefault(i => i.IsUnique && i.Properties.Select(p => p.Name).SequenceEqual(properties));
        if (entityType?.GetTableName() is not { } table || index is null)
        {
            return false;
        }

        return error!.InnerException switch
        {
            SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite =>
                sqlite.Message.Contains($": {SqliteColumnList(entityType, table, index)}'", StringComparison.Ordinal),
            PostgresException { SqlState: PostgreSqlUniqueViolation } postgres =>
                postgres.TableName == table && postgres.ConstraintName == index.GetDatabaseName(),
            _ => false,
        };
    }

    private static string SqliteColumnList(IEntityType entityType, string table, IIndex index)
    {
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        return string.Join(", ", index.Properties.Select(p => $"{table}.{p.GetColumnName(store)}"));
    }
}
