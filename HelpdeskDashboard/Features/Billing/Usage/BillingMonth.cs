using System.Globalization;

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
    public static BillingMonth Containing(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));
    }

    /// <summary>
    /// The instant the month starts: local midnight of its first day. A midnight inside a spring-forward gap moves
    /// forward by the gap (as the business calendar resolves it); an ambiguous one takes the earlier offset.
    /// </summary>
    public DateTimeOffset StartIn(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddDays(-1)); // the offset before the gap
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The next month's start: the month is [start, end).</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone) => Next.StartIn(zone);

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
