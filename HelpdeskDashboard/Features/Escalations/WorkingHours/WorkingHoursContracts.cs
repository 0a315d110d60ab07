namespace HelpdeskDashboard.Features.Escalations.WorkingHours;

/// <summary>
/// A person's working hours as the profile shows them: their own ranges per weekday in their zone, or the company's
/// opening hours (in the company's zone) when <see cref="UsesCompanyHours"/>.
/// </summary>
public sealed record WorkingHoursView(
    int AgentId,
    TimeZoneInfo Zone,
    bool UsesCompanyHours,
    IReadOnlyDictionary<DayOfWeek, List<string>> Hours,
    TimeZoneInfo CompanyZone,
    IReadOnlyDictionary<DayOfWeek, List<string>> CompanyHours);

/// <summary>Save one's own hours: the company's, or <see cref="Hours"/> ("09:00-12:00" ranges; a missing or empty day is off).</summary>
public sealed record SaveWorkingHours(int AgentId, bool UseCompanyHours, Dictionary<DayOfWeek, List<string>> Hours);
