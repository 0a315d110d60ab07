using Microsoft.Data.Sqlite;

namespace HelpdeskDashboard.Data;

/// <summary>Reads "ConnectionStrings:Helpdesk" and anchors a relative database file at the content root.</summary>
public static class HelpdeskConnectionString
{
    public const string Name = "Helpdesk";

    public const string Default = "Data Source=App_Data/helpdesk.db;Default Timeout=30";

    /// <summary>
    /// Returns the connection string with an absolute database path and creates the database's folder,
    /// so the app does not depend on the working directory it was started from.
    /// </summary>
    public static string Resolve(IConfiguration configuration, string contentRootPath)
    {
        var configured = configuration.GetConnectionString(Name);
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? Default : configured);

        if (IsFile(builder))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRootPath);
            var folder = Path.GetDirectoryName(builder.DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }

    private static bool IsFile(SqliteConnectionStringBuilder builder) =>
        builder.Mode != SqliteOpenMode.Memory
        && !string.IsNullOrEmpty(builder.DataSource)
        && builder.DataSource != ":memory:"
        && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
