using System.Globalization;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Text;
using nietras.SeparatedValues;

namespace HelpdeskDashboard.Features.Reports;

/// <summary>
/// The report's tables as CSV, written by Sep (RFC 4180: comma, quotes only where a field needs them). Every cell is the
/// string the page shows (<see cref="ReportText"/>: "96.2 %", "5 h 12 min", "–"), so the export equals the page; ids and
/// instants (ISO 8601, UTC) are added where a spreadsheet needs a key. Text that a spreadsheet would run as a formula
/// gets a leading apostrophe.
/// </summary>
public static class ReportCsv
{
    public static readonly string[] RowColumns =
    [
        "period", "group", "key", "name", "measured", "with_target", "met", "share_met", "breached",
        "first_measured", "first_response_median", "first_response_p90", "every_reply_median", "every_reply_p90",
    ];

    public static readonly string[] ClockColumns =
    [
        "ticket_id", "subject", "customer_id", "customer", "tier", "agent", "started_utc", "stopped_utc",
        "business_time", "target", "outcome", "first_response", "stop_reason",
    ];

    /// <summary>The age buckets of the backlog, in the order of <see cref="BacklogByAge"/>.</summary>
    public static readonly string[] BacklogColumns = ["backlog_under_1_day", "backlog_1_to_3_days", "backlog_3_to_7_days", "backlog_over_7_days", "backlog_total"];

    /// <summary>One of the period's tables; the tier table ends with the total ("All").</summary>
    public static string Rows(ReportPeriod period, IEnumerable<SlaRow> rows)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(rows);
        return Write(RowColumns, rows.Select(row => new[]
        {
            period.ToString(), row.Group.ToString(), Text(row.Key), Text(row.Label),
            ReportText.Count(row.Measured), ReportText.Count(row.WithTarget), ReportText.Count(row.Met), ReportText.Share(row.ShareMet),
            ReportText.Count(row.Breached), ReportText.Count(row.FirstMeasured),
            ReportText.Time(row.FirstMedian), ReportText.Time(row.FirstP90), ReportText.Time(row.AllMedian), ReportText.Time(row.AllP90),
        }));
    }

    public static string Clocks(IEnumerable<ClockRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Write(ClockColumns, rows.Select(row => new[]
        {
            ReportText.Count(row.TicketId), Text(row.Subject), ReportText.Count(row.CustomerId), Text(row.CustomerName), row.Tier.ToString(),
            Text(row.AgentName ?? "Unassigned"), Utc(row.Started), Utc(row.Stopped), ReportText.Time(row.BusinessTime), ReportText.Time(row.Target),
            Outcome(row), row.IsFirstResponse ? "yes" : "no", Text(row.StopReason),
        }));
    }

    /// <summary>One line per month: per tier measured, breached and share met, then the backlog at the month's end.</summary>
    public static string Trend(SlaTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var tiers = TrendTiers(trend);
        return Write(TrendColumns(trend), trend.Months.Select(month =>
        {
            var cells = new List<string> { new DateOnly(month.Year, month.Month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture) };
            foreach (var tier in tiers)
            {
                var point = month.Tiers.FirstOrDefault(p => p.Tier == tier);
                cells.Add(ReportText.Count(point?.Measured ?? 0));
                cells.Add(ReportText.Count(point?.Breached ?? 0));
                cells.Add(ReportText.Share(point?.ShareMet));
            }

            var b = month.Backlog;
            cells.AddRange([ReportText.Count(b.UnderOneDay), ReportText.Count(b.OneToThreeDays), ReportText.Count(b.ThreeToSevenDays),
                ReportText.Count(b.OverSevenDays), ReportText.Count(b.Total)]);
            return cells.ToArray();
        }));
    }

    public static string[] TrendColumns(SlaTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        return
        [
            "month",
            .. TrendTiers(trend).SelectMany(tier => new[] { $"{Slug(tier)}_measured", $"{Slug(tier)}_breached", $"{Slug(tier)}_share_met" }),
            .. BacklogColumns,
        ];
    }

    /// <summary>A clock's outcome in words, as the drill-down shows it.</summary>
    public static string Outcome(ClockRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Target is null ? "No target" : row.IsBreached ? "Breached" : "Met";
    }

    public static string FileName(string table, ReportPeriod? period) =>
        period is null ? $"sla-{table}.csv" : $"sla-{table}-{period.ToString().Replace("..", "_to_", StringComparison.Ordinal)}.csv";

    private static List<Tier> TrendTiers(SlaTrend trend) => [.. trend.Months.SelectMany(m => m.Tiers).Select(p => p.Tier).Distinct()];

    private static string Slug(Tier tier) => tier.ToString().ToLowerInvariant();

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Write(string[] columns, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            writer.Header.Add(columns);
            writer.Header.Write();
            foreach (var cells in rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < columns.Length; i++)
                {
                    row[columns[i]].Set(cells[i]);
                }
            }
        }

        return text.ToString();
    }

    private static string Text(string value) => SpreadsheetCell.Text(value);
}
