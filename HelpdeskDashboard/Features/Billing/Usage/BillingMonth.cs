using System.Globalization;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Billing.Usage;

/// <summary>
/// A calendar month in the company's time zone: the unit of included hours, statements and alerts.
/// Work dates are company dates already; instants (ticket creation) are placed with <see cref="Containing"/>.
/// </summary>
public readonly record struct BillingMonth : IComparable<BillingMonth>
{
    public BillingMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        (Year, Month) = (year, month);
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>1 to 4: the quarter whose tier assignment applies to this month.</summary>
    public int Quarter => (Month - 1) / 3 + 1;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public BillingMonth Previous => AddMonths(-1);

    public BillingMonth Next => AddMonths(1);

    /// <summary>"2026-05", the format of the CSV export and the billing page's address.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    /// <summary>"May 2026".</summary>
    public string DisplayName => FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"May", for chart axes.</summary>
    public string ShortName => FirstDay.ToString("MMM yy", CultureInfo.InvariantCulture);

    public BillingMonth AddMonths(int months) => Of(FirstDay.AddMonths(months));

    public static BillingMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The company month an instant falls in.</summary>
    public static BillingMonth Containing(DateTimeOffset instant, CompanyClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(clock.LocalDate(instant));
    }

    /// <summary>The instant the month starts: the start of its first company day (<see cref="CompanyClock.StartOfMonth"/>).</summary>
    public DateTimeOffset StartIn(CompanyClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.StartOfMonth(Year, Month);
    }

    /// <summary>The next month's start: the month is [start, end).</summary>
    public DateTimeOffset EndIn(CompanyClock clock) => Next.StartIn(clock);

    public static bool TryParse(string? text, out BillingMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || year > 9998 || number is < 1 or > 12)
        {
            return false;
        }

        month = new BillingMonth(year, number);
        return true;
    }

    public int CompareTo(BillingMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(BillingMonth left, BillingMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(BillingMonth left, BillingMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(BillingMonth left, BillingMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BillingMonth left, BillingMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => Label;
}
