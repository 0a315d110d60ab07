using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Data.PostgreSql;

/// <summary>
/// Turns the features' SQLite spellings into PostgreSQL's in one place, so a feature's mapping stays provider-neutral:
/// case-insensitive text (SQLite's NOCASE collation) becomes <c>citext</c>, and a partial index filtered on a boolean
/// column (<c>"X" = 1</c>, SQLite stores booleans as integers) filters on the boolean itself.
/// </summary>
internal static class PostgreSqlModel
{
    private const string SqliteCaseInsensitive = "NOCASE";

    public static void Adapt(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("citext");
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties().Where(p => p.GetCollation() == SqliteCaseInsensitive))
            {
                property.SetCollation(null);
                property.SetColumnType("citext");
            }

            foreach (var index in entity.GetIndexes().Where(i => i.GetFilter() is not null))
            {
                index.SetFilter(BooleanFilter(index.GetFilter()!, entity));
            }
        }
    }

    // "\"AwaitingResponse\" = 1" on a bool property → "\"AwaitingResponse\""; any other filter is already portable.
    private static string BooleanFilter(string filter, Microsoft.EntityFrameworkCore.Metadata.IMutableEntityType entity)
    {
        foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(bool)))
        {
            var column = $"\"{property.GetColumnName()}\"";
            if (filter == $"{column} = 1")
            {
                return column;
            }
        }

        return filter;
    }
}
