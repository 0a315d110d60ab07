namespace HelpdeskDashboard.Features.Sla;

// STUB: public surface only, implementation in progress.
public sealed class BusinessCalendar
{
    public BusinessCalendar(BusinessCalendarOptions options) => throw new NotImplementedException();
    public BusinessCalendar(BusinessCalendarOptions options, TimeZoneInfo timeZone) => throw new NotImplementedException();

    /// <summary>The company's time zone.</summary>
    public TimeZoneInfo TimeZone => throw new NotImplementedException();

    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan amount) => throw new NotImplementedException();
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to) => throw new NotImplementedException();

    /// <summary>True when the instant lies inside an open period (start inclusive, end exclusive).</summary>
    public bool IsOpen(DateTimeOffset instant) => throw new NotImplementedException();

    /// <summary>The instant itself when open, else the start of the next open period; null if none follows.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset instant) => throw new NotImplementedException();

    /// <summary>The open periods intersected with [from, to), in order, as instants in the company's zone.</summary>
    public IReadOnlyList<BusinessPeriod> OpenPeriods(DateTimeOffset from, DateTimeOffset to) => throw new NotImplementedException();

    /// <summary>The instant expressed in the company's time zone.</summary>
    public DateTimeOffset ToCompanyTime(DateTimeOffset instant) => throw new NotImplementedException();
}

/// <summary>An open interval [Start, End) of business time.</summary>
public readonly record struct BusinessPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;
}
