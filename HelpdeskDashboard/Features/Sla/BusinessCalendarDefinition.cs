namespace HelpdeskDashboard.Features.Sla;

/// <summary>
/// What one version of the business calendar says: the opening hours per weekday and the closures by date, in the
/// company's zone. Mutable so that the calendar page can bind to it; the calendar copies what it reads.
/// </summary>
public sealed class BusinessCalendarDefinition
{
    /// <summary>Open ranges per weekday, "09:00-17:00" or "00:00-24:00"; a missing or empty day is closed.</summary>
    public Dictionary<DayOfWeek, List<string>> Hours { get; set; } = [];

    /// <summary>Holidays and part-day closures, at most one per date.</summary>
    public List<BusinessClosure> Closures { get; set; } = [];

    /// <summary>The file's section as a definition: its holidays become whole-day closures.</summary>
    public static BusinessCalendarDefinition FromOptions(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BusinessCalendarDefinition
        {
            Hours = (options.Hours ?? []).ToDictionary(day => day.Key, day => new List<string>(day.Value ?? [])),
            Closures = [.. (options.Holidays ?? []).Select(date => new BusinessClosure { Date = date, Name = BusinessClosure.DefaultName })],
        };
    }

    public BusinessCalendarDefinition Clone() => new()
    {
        Hours = Hours.ToDictionary(day => day.Key, day => new List<string>(day.Value ?? [])),
        Closures = [.. Closures.Select(c => c.Clone())],
    };
}

/// <summary>A date on which the company is closed: the whole day, or the local range in <see cref="ClosedHours"/>.</summary>
public sealed class BusinessClosure
{
    /// <summary>The name of a closure read from the configuration file, which lists bare dates.</summary>
    public const string DefaultName = "Holiday";

    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Null or empty: closed all day. Otherwise the closed part, "13:00-24:00".</summary>
    public string? ClosedHours { get; set; }

    public bool IsWholeDay => string.IsNullOrWhiteSpace(ClosedHours);

    public BusinessClosure Clone() => new() { Date = Date, Name = Name, ClosedHours = ClosedHours };
}

/// <summary>A definition in force from <see cref="EffectiveFrom"/> until the next version takes effect.</summary>
public sealed record BusinessCalendarVersion(DateTimeOffset EffectiveFrom, BusinessCalendarDefinition Definition);
