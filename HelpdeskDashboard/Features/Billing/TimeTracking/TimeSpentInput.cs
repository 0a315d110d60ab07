using System.Globalization;

namespace HelpdeskDashboard.Features.Billing.TimeTracking;

/// <summary>Reads the time an agent typed: whole minutes ("90") or hours and minutes ("1:30").</summary>
public static class TimeSpentInput
{
    public const string Hint = "Minutes (90) or hours and minutes (1:30)";

    public static bool TryParseMinutes(string? text, out int minutes, out string? error)
    {
        minutes = 0;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            error = "Enter the time spent.";
            return false;
        }

        var parts = value.Split(':');
        var parsed = parts.Length switch
        {
            1 when Whole(parts[0]) is { } total => total,
            2 when Whole(parts[0]) is { } hours && parts[1].Length == 2 && Whole(parts[1]) is long mins and < 60 => hours * 60L + mins,
            _ => (long?)null,
        };

        if (parsed is not { } result)
        {
            error = $"'{value}' is not a time: write minutes (90) or hours and minutes (1:30).";
            return false;
        }

        if (result is <= 0 or > int.MaxValue)
        {
            error = "The time spent must be more than zero minutes.";
            return false;
        }

        minutes = (int)result;
        error = null;
        return true;
    }

    /// <summary>"1:30" for 90 minutes.</summary>
    public static string Format(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}:{minutes % 60:00}");

    private static long? Whole(string digits) =>
        digits.Length is > 0 and <= 9 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
