namespace HelpdeskDashboard.Features.Calendar.Holidays;

/// <summary>
/// Which public holidays to propose: a country's (code from <see cref="PublicHolidayCatalog.Countries"/>), optionally
/// one of its regions' (null or empty: the national holidays only), in one year. Mutable so the dialog can bind to it.
/// </summary>
public sealed class HolidayImportRequest
{
    public string Country { get; set; } = "";

    public string? Region { get; set; }

    public int Year { get; set; }
}

/// <summary>A public holiday as proposed for the calendar: the (observed) date and its name.</summary>
public readonly record struct ProposedHoliday(DateOnly Date, string Name);

/// <summary>A region whose holidays differ from the country's: a German state, a Swiss canton, a US-style state.</summary>
public sealed record HolidayRegion(string Code, string Name);
