using System.Globalization;

namespace HelpdeskDashboard.Features.Orders;

/// <summary>Reads order instants; a time without an offset is the company's local time, as the shop's reports use it.</summary>
public static class OrderInstantParser
{
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    public static bool TryParse(string? text, TimeZoneInfo companyZone, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            // An invalid local time (inside a spring-forward gap) is refused rather than guessed.
            if (companyZone.IsInvalidTime(local))
            {
                return false;
            }

            instant = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, companyZone), TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant)
            && HasOffset(text);
    }

    // Without this check "2026-03-31T23:59:00.5" would slip through as UTC.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':');
}
