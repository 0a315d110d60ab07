using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>
/// The IANA zones this machine knows, offered as a searchable list of city names and offsets; what a customer types
/// is read as an id, a city ("tokyo", "Buenos Aires") or a list label ("Tokyo (UTC+09:00)"). The validator still decides.
/// </summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<IReadOnlyList<string>> Known = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)]);

    // City → id, for cities that name one zone only ("Etc/GMT+5" and the like have no city worth typing).
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ByCity = new(() => Known.Value
        .Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
        .GroupBy(DisplayFormat.City, StringComparer.OrdinalIgnoreCase)
        .Where(group => group.Count() == 1)
        .ToDictionary(group => group.Key, group => group.Single(), StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<string> All => Known.Value;

    /// <summary>"Berlin (UTC+01:00)": the one zone style (DisplayFormat.Zone), with the offset at <paramref name="now"/>.</summary>
    public static string Describe(TimeZoneInfo zone, DateTimeOffset now) => DisplayFormat.Zone(zone, now);

    /// <summary>The zone id that <paramref name="text"/> names, or the trimmed text itself when it names none.</summary>
    public static string Resolve(string? text)
    {
        var typed = (text ?? "").Trim();
        if (Known.Value.Contains(typed, StringComparer.Ordinal))
        {
            return typed;
        }

        // A list label "Tokyo (UTC+09:00)" names its city.
        var city = typed.Split(" (UTC", 2, StringSplitOptions.None)[0].Trim().Replace('_', ' ');
        return ByCity.Value.TryGetValue(city, out var id) ? id : typed;
    }
}
