using System.Globalization;

namespace HelpdeskDashboard.Features.Sla;

/// <summary>One open range of a weekday in local wall-clock minutes, end exclusive; 24:00 is 1440.</summary>
public readonly record struct BusinessHoursRange(int StartMinute, int EndMinute)
{
    private const int MinutesPerDay = 24 * 60;

    public override string ToString() => $"{Format(StartMinute)}-{Format(EndMinute)}";

    /// <summary>Parses "09:00-17:00"; "24:00" is allowed as an end only. The error names the bad text.</summary>
    public static bool TryParse(string? text, out BusinessHoursRange range, out string error)
    {
        range = default;
        var parts = text?.Split('-') ?? [];
        if (parts.Length != 2
            || !TryParseTime(parts[0], out var start)
            || !TryParseTime(parts[1], out var end))
        {
            error = $"'{text}' is not a range of the form HH:mm-HH:mm with times from 00:00 to 24:00";
            return false;
        }

        if (start >= end)
        {
            error = $"'{text}' ends before it starts; a range must lie within one day";
            return false;
        }

        range = new BusinessHoursRange(start, end);
        error = "";
        return true;
    }

    private static bool TryParseTime(string text, out int minutes)
    {
        minutes = 0;
        var hm = text.Trim().Split(':');
        if (hm.Length != 2 || hm[0].Length is < 1 or > 2 || hm[1].Length != 2
            || !int.TryParse(hm[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(hm[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mins)
            || mins > 59)
        {
            return false;
        }

        minutes = hours * 60 + mins;
        return minutes <= MinutesPerDay;
    }

    private static string Format(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}
