namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>The IANA zones this machine knows, offered as suggestions; the validator still decides.</summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<IReadOnlyList<string>> Known = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> All => Known.Value;

    /// <summary>"Europe/Berlin (UTC+01:00 now)": the offset helps people who do not know their zone's name.</summary>
    public static string Describe(TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{zone.Id} (UTC{sign}{offset.Duration():hh\\:mm} now)";
    }
}
