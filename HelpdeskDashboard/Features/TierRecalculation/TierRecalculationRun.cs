namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>A record of one recalculation run, for the manager page; written when it starts and completed when it ends.</summary>
public sealed class TierRecalculationRun
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public TierRunTrigger Trigger { get; set; }

    public long StartedUtcTicks { get; set; }

    /// <summary>Null while running, or when the process died during the run.</summary>
    public long? FinishedUtcTicks { get; set; }

    /// <summary>Assignments written by this run.</summary>
    public int Assigned { get; set; }

    /// <summary>Customers that already had an assignment for the quarter (an earlier or interrupted run).</summary>
    public int AlreadyAssigned { get; set; }

    public int Up { get; set; }

    public int Down { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Customers without an assignment for the quarter before.</summary>
    public int First { get; set; }

    public int EmailsWritten { get; set; }

    /// <summary>Null when the run succeeded.</summary>
    public string? Error { get; set; }

    public string QuarterLabel => new CalendarQuarter(Year, Quarter).ToString();
}

public enum TierRunTrigger
{
    Scheduled,
    Manual,
}
