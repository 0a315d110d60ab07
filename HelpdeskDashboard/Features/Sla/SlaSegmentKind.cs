namespace HelpdeskDashboard.Features.Sla;

public enum SlaSegmentKind
{
    /// <summary>Open business time counted against the target.</summary>
    Counted,

    /// <summary>Open business time counted after the target was used up.</summary>
    Overdue,

    /// <summary>The ticket waited on the customer or was on hold; not counted, whatever the calendar says.</summary>
    Paused,

    /// <summary>The calendar was closed (night, weekend, holiday); skipped.</summary>
    Closed,
}
