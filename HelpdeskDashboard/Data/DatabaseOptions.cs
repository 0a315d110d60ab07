namespace HelpdeskDashboard.Data;

/// <summary>Which database engine holds the helpdesk.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file (the default): one app instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql): several app instances share it.</summary>
    PostgreSQL,
}

/// <summary>The "Database" section, with "ConnectionStrings:Helpdesk" read in (validated at start-up).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>"Sqlite" (default) or "PostgreSQL"; kept as text so a typo gets a clear message, not a binder exception.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>"ConnectionStrings:Helpdesk"; empty on SQLite means <see cref="HelpdeskConnectionString.Default"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The parsed <see cref="Provider"/> (only after validation).</summary>
    public DatabaseProvider Kind => Enum.Parse<DatabaseProvider>(Provider, ignoreCase: true);
}
