namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>One target column and the source column (and conversion) that fills it.</summary>
internal sealed record CopyColumn(string SourceName, CatalogColumn Target, CopyColumnType Type);

/// <summary>One table to copy: its name on each side and its columns.</summary>
internal sealed record TableCopy(string SourceName, string TargetName, IReadOnlyList<CopyColumn> Columns);

/// <summary>
/// Matches the SQLite tables and columns to PostgreSQL's by name, case-insensitively (Quartz's tables are QRTZ_TRIGGERS
/// on SQLite and qrtz_triggers on PostgreSQL), and orders the tables so every parent is copied before its children.
/// </summary>
internal sealed record CopyPlan(IReadOnlyList<TableCopy> Tables, IReadOnlyList<string> TargetOnly, IReadOnlyList<string> Problems)
{
    public static CopyPlan Create(
        IReadOnlyList<CatalogTable> source, IReadOnlyList<CatalogTable> target, IReadOnlyList<(string Child, string Parent)> foreignKeys)
    {
        var problems = new List<string>();
        var targetByName = target.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var tables = new List<TableCopy>();
        foreach (var table in source)
        {
            if (!targetByName.TryGetValue(table.Name, out var match))
            {
                problems.Add($"Table {table.Name} is in the SQLite database but not in the target.");
                continue;
            }

            if (Match(table, match, problems) is { } copy)
            {
                tables.Add(copy);
            }
        }

        // The target was checked empty, so a table only it has (Quartz's, when the source never ran the scheduler) stays so.
        var sourceNames = source.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var targetOnly = target.Select(t => t.Name).Where(n => !sourceNames.Contains(n)).Order(StringComparer.Ordinal).ToList();
        return new CopyPlan(problems.Count == 0 ? InForeignKeyOrder(tables, foreignKeys, problems) : tables, targetOnly, problems);
    }

    private static TableCopy? Match(CatalogTable source, CatalogTable target, List<string> problems)
    {
        var sourceColumns = source.Columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var targetNames = target.Columns.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var before = problems.Count;
        problems.AddRange(source.Columns.Where(c => !targetNames.Contains(c.Name))
            .Select(c => $"Column {source.Name}.{c.Name} is in the SQLite database but not in the target."));

        var columns = new List<CopyColumn>();
        foreach (var column in target.Columns)
        {
            if (!sourceColumns.TryGetValue(column.Name, out var from))
            {
                problems.Add($"Column {target.Name}.{column.Name} is in the target but not in the SQLite database.");
            }
            else if (CopyColumnType.Find(column.TypeName) is not { } type)
            {
                problems.Add($"Column {target.Name}.{column.Name} has type {column.TypeName}, which the copy does not convert.");
            }
            else
            {
                columns.Add(new CopyColumn(from.Name, column, type));
            }
        }

        return problems.Count == before ? new TableCopy(source.Name, target.Name, columns) : null;
    }

    // Parents first (Kahn's algorithm, ties by name so the report is stable); a table's references to itself are left to
    // PostgreSQL, which checks them at the end of each COPY statement.
    private static List<TableCopy> InForeignKeyOrder(List<TableCopy> tables, IReadOnlyList<(string Child, string Parent)> foreignKeys, List<string> problems)
    {
        var byName = tables.ToDictionary(t => t.TargetName, StringComparer.Ordinal);
        var parents = tables.ToDictionary(
            t => t.TargetName,
            t => foreignKeys.Where(k => k.Child == t.TargetName && k.Parent != k.Child && byName.ContainsKey(k.Parent))
                .Select(k => k.Parent).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var ordered = new List<TableCopy>();
        while (parents.Count > 0)
        {
            var ready = parents.Where(p => p.Value.Count == 0).Select(p => p.Key).Order(StringComparer.Ordinal).FirstOrDefault();
            if (ready is null)
            {
                problems.Add($"The foreign keys between {string.Join(", ", parents.Keys.Order(StringComparer.Ordinal))} form a cycle; the copy cannot order them.");
                return ordered;
            }

            ordered.Add(byName[ready]);
            parents.Remove(ready);
            foreach (var waiting in parents.Values)
            {
                waiting.Remove(ready);
            }
        }

        return ordered;
    }
}
