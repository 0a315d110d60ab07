using HelpdeskDashboard.Platform.Time;
namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>The IANA zones this machine knows, offered as suggestions; the validator still decides.</summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<IReadOnlyList<string>> Known = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> All => Known.Value;

    /// <summary>"Berlin (UTC+01:00)": the one zone style (DisplayFormat.Zone), with the offset at <paramref name="now"/>.</summary>
    public static string Describe(TimeZoneInfo zone, DateTimeOffset now) => DisplayFormat.Zone(zone, now);
}
