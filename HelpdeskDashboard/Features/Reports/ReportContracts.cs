using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Reports;

/// <summary>Which rows of a report a number came from: the grouping of the table it stands in.</summary>
public enum ReportGroup
{
    Tier,
    Agent,
    Customer,
}

/// <summary>
/// One row of a report table: response clocks that stopped in the period, for one tier, agent or customer.
/// Times are business time; medians and 90th percentiles are exact (nearest rank); null when nothing was measured.
/// </summary>
/// <param name="Key">What the drill-down filters on: the tier's name, the agent's or customer's id ("unassigned" for none).</param>
/// <param name="Measured">Clocks that stopped in the period.</param>
/// <param name="WithTarget">Of those, the ones an SLA target applied to (share met counts only these).</param>
/// <param name="ShareMet">Met ÷ WithTarget; null without targets.</param>
/// <param name="FirstMeasured">Clocks that were the ticket's first (time to first response).</param>
public sealed record SlaRow(
    ReportGroup Group,
    string Key,
    string Label,
    int Measured,
    int WithTarget,
    int Met,
    int Breached,
    double? ShareMet,
    int FirstMeasured,
    TimeSpan? FirstMedian,
    TimeSpan? FirstP90,
    TimeSpan? AllMedian,
    TimeSpan? AllP90);

/// <summary>A period's report: per tier (catalogue order), per agent and per customer (worst first), and the total.</summary>
/// <param name="StillOpenBreached">Live clocks (not yet counted anywhere) that are breached now.</param>
public sealed record SlaReport(
    ReportPeriod Period,
    SlaRow Total,
    IReadOnlyList<SlaRow> Tiers,
    IReadOnlyList<SlaRow> Agents,
    IReadOnlyList<SlaRow> Customers,
    int StillOpenBreached);

/// <summary>One tier's clocks that stopped in one month.</summary>
public sealed record TrendPoint(Tier Tier, int Measured, int WithTarget, int Met, int Breached, double? ShareMet);

/// <summary>Clocks awaiting a reply at the end of a month (now for the current month), by how long they had been waiting (calendar time).</summary>
public sealed record BacklogByAge(int UnderOneDay, int OneToThreeDays, int ThreeToSevenDays, int OverSevenDays)
{
    public int Total => UnderOneDay + OneToThreeDays + ThreeToSevenDays + OverSevenDays;
}

/// <summary>One company month of the trend: per tier (catalogue order) and the backlog at its end.</summary>
public sealed record TrendMonth(int Year, int Month, IReadOnlyList<TrendPoint> Tiers, BacklogByAge Backlog);

/// <summary>The last months, oldest first, the current month last.</summary>
public sealed record SlaTrend(IReadOnlyList<TrendMonth> Months);

public enum ClockOutcome
{
    All,
    Met,
    Breached,
    NoTarget,
}

/// <summary>The drill-down: which clocks of a period to list. Null filters mean "any".</summary>
/// <param name="AgentKey">An agent's id, or "unassigned".</param>
public sealed record ClockFilter(
    ReportPeriod Period,
    Tier? Tier = null,
    string? AgentKey = null,
    int? CustomerId = null,
    ClockOutcome Outcome = ClockOutcome.All,
    bool FirstOnly = false,
    int Page = 1);

/// <summary>One finished clock in the drill-down.</summary>
public sealed record ClockRow(
    int TicketId,
    string Subject,
    int CustomerId,
    string CustomerName,
    Tier Tier,
    string? AgentName,
    DateTimeOffset Started,
    DateTimeOffset Stopped,
    TimeSpan BusinessTime,
    TimeSpan? Target,
    bool IsBreached,
    bool IsFirstResponse,
    string StopReason);

public sealed record ClockPage(IReadOnlyList<ClockRow> Rows, int Total, int Page, int PageSize);

/// <summary>One month of a customer's own record.</summary>
/// <param name="Replies">Their clocks that stopped that month.</param>
/// <param name="ShareWithinTarget">Of the clocks with a target, the share met; null without targets (Basic).</param>
public sealed record RecordMonth(int Year, int Month, int Replies, int WithTarget, int Met, double? ShareWithinTarget, TimeSpan? Median);

/// <summary>The next tier's actual record in the same months, across all its customers; shown only with enough clocks to stay anonymous.</summary>
public sealed record NextTierRecord(Tier Tier, TimeSpan Target, int Replies, double ShareWithinTarget, TimeSpan Median);

/// <summary>What the portal shows a customer: the last three company months and their total.</summary>
/// <param name="Target">The customer's current tier's target; null without one.</param>
/// <param name="NextTier">Null for the highest tier, or when the next tier had too few clocks in those months.</param>
public sealed record CustomerSlaRecord(Tier Tier, TimeSpan? Target, IReadOnlyList<RecordMonth> Months, RecordMonth Total, NextTierRecord? NextTier);
