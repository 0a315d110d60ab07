namespace HelpdeskDashboard.Platform.Text;

/// <summary>How people's names are shortened where the full name is too formal or too much (customers see agents' first names).</summary>
public static class PersonName
{
    /// <summary>"Ana" from "Ana Lima"; null or blank stays null.</summary>
    public static string? First(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return null;
        }

        var trimmed = displayName.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? trimmed : trimmed[..space];
    }
}
