namespace HelpdeskDashboard.Features.Calendar;

/// <summary>
/// One stored version of the business calendar. Append-only: a change adds a version, never edits one, so what was
/// counted under an earlier version can always be counted again the same way.
/// </summary>
public sealed class CalendarVersionRecord
{
    public int Id { get; set; }

    /// <summary>From this instant on the version counts; 0 for the first version, which governs all earlier time.</summary>
    public long EffectiveFromUtcTicks { get; set; }

    /// <summary>The <see cref="Sla.BusinessCalendarDefinition"/> as JSON.</summary>
    public required string Definition { get; set; }

    /// <summary>
    /// The version the editor started from (0 for the first). Unique: of two managers who saved changes based on the same
    /// version, the second save fails instead of overwriting the first, on every instance and provider.
    /// </summary>
    public int BasedOnId { get; set; }

    public long CreatedUtcTicks { get; set; }

    /// <summary>Who saved it: a manager's e-mail, or "configuration" for the version read from the file.</summary>
    public required string CreatedBy { get; set; }
}
