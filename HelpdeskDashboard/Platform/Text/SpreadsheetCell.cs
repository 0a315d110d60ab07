namespace HelpdeskDashboard.Platform.Text;

/// <summary>Text for a CSV cell that a spreadsheet opens.</summary>
public static class SpreadsheetCell
{
    /// <summary>
    /// A spreadsheet runs a cell that starts with = + - @ (or a tab/CR) as a formula: a leading apostrophe defuses it.
    /// </summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
    }
}
