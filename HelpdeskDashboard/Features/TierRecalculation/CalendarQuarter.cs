using System.Globalization;
using System.Text.RegularExpressions;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>A calendar quarter ("2026-Q3") of the company's calendar; its bounds depend on the company time zone.</summary>
public readonly partial record struct CalendarQuarter(int Year, int Number) : IComparable<CalendarQuarter>
{
    public CalendarQuarter Next() => Offset(1);

    public CalendarQuarter Previous() => Offset(-1);

    public CalendarQuarter Offset(int quarters)
    {
        var index = Index + quarters;
        return new CalendarQuarter(Math.DivRem(index, 4, out var rest), rest + 1);
    }

    /// <summary>Quarters counted from year 0; convenient for SQL comparisons ("Year * 4 + Quarter - 1").</summary>
    public int Index => (Year * 4) + (Number - 1);

    public DateOnly FirstDay => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>The instant the quarter's first company day starts (<see cref="CompanyClock.StartOfQuarter"/>).</summary>
    public DateTimeOffset StartIn(CompanyClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.StartOfQuarter(Year, Number);
    }

    public static CalendarQuarter Containing(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>The quarter whose company dates contain <paramref name="instant"/>.</summary>
    public static CalendarQuarter Containing(DateTimeOffset instant, CompanyClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Containing(clock.LocalDate(instant));
    }

    public static bool TryParse(string? text, out CalendarQuarter quarter)
    {
        var match = text is null ? null : LabelPattern().Match(text.Trim());
        if (match is { Success: true })
        {
            quarter = new CalendarQuarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            return true;
        }

        quarter = default;
        return false;
    }

    public int CompareTo(CalendarQuarter other) => Index.CompareTo(other.Index);

    /// <summary>"2026-Q3".</summary>
    public override string ToString() => $"{Year.ToString("D4", CultureInfo.InvariantCulture)}-Q{Number.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();
}
