using System.Globalization;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Reports;

public enum ReportPeriodKind
{
    Month,
    Quarter,
    Range,
}

/// <summary>
/// The days a report covers, in the company's zone: a month ("2026-11"), a quarter ("2026-Q4") or a range of whole days
/// ("2026-10-01..2026-11-15", both ends included). A clock counts in the period it stopped in.
/// </summary>
public sealed record ReportPeriod(ReportPeriodKind Kind, DateOnly First, DateOnly Last)
{
    /// <summary>Longest range a report accepts (two years), so one request cannot scan the whole table for nothing.</summary>
    public const int MaxRangeDays = 731;

    public static ReportPeriod Month(int year, int month) => new(ReportPeriodKind.Month, new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(ReportPeriodKind.Quarter, first, first.AddMonths(3).AddDays(-1));
    }

    public static ReportPeriod Range(DateOnly first, DateOnly last) => new(ReportPeriodKind.Range, first, last);

    /// <summary>The month containing <paramref name="date"/>.</summary>
    public static ReportPeriod MonthOf(DateOnly date) => Month(date.Year, date.Month);

    /// <summary>Reads the query-string form; false for anything else (reversed or too long ranges included).</summary>
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = MonthOf(new DateOnly(2000, 1, 1));
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split("..");
        if (parts.Length == 2)
        {
            if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
                || last < first || last.DayNumber - first.DayNumber + 1 > MaxRangeDays || first.Year < 2000 || last.Year > 2099)
            {
                return false;
            }

            period = Range(first, last);
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && text[5] is 'Q' or 'q'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var qy) && qy is >= 2000 and <= 2099
            && text[6] is >= '1' and <= '4')
        {
            period = Quarter(qy, text[6] - '0');
            return true;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month.Year is >= 2000 and <= 2099)
        {
            period = Month(month.Year, month.Month);
            return true;
        }

        return false;
    }

    /// <summary>The instants [start, end) in the company's zone.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Bounds(CompanyClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return (clock.StartOfDay(First), clock.StartOfDay(Last.AddDays(1)));
    }

    /// <summary>"November 2026", "Q4 2026 (Oct – Dec)", "Thu 1 Oct 2026 – Sun 15 Nov 2026".</summary>
    public string Label => Kind switch
    {
        ReportPeriodKind.Month => First.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture,
            $"Q{((First.Month - 1) / 3) + 1} {First.Year} ({First.ToString("MMM", CultureInfo.InvariantCulture)} – {Last.ToString("MMM", CultureInfo.InvariantCulture)})"),
        _ => $"{DisplayFormat.Date(First)} – {DisplayFormat.Date(Last)}",
    };

    /// <summary>The query-string form <see cref="TryParse"/> reads.</summary>
    public override string ToString() => Kind switch
    {
        ReportPeriodKind.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{First.Year}-Q{((First.Month - 1) / 3) + 1}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}"),
    };
}
