using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Features.Calendar.Changes;

/// <summary>
/// A manager's edit: the new definition, when it takes effect (null: now) and the version it was made from, which
/// must still be the latest when it is saved.
/// </summary>
public sealed record CalendarChange(BusinessCalendarDefinition Definition, DateTimeOffset? EffectiveFrom, int BasedOnVersionId);
