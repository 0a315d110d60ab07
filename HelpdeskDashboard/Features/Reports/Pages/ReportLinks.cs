using System.Globalization;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Reports.Pages;

/// <summary>
/// The addresses of the reports: the page for a period, the drill-down behind a number and the CSV exports, written and
/// read in one place so a link and the page it opens (or the export) agree on the filters.
/// </summary>
public static class ReportLinks
{
    public const string ReportPath = "manager/reports";
    public const string ClocksPath = "manager/reports/clocks";

    /// <summary>The tables the CSV export offers, as in <c>/manager/reports/{table}.csv</c>.</summary>
    public static readonly string[] CsvTables = ["tiers", "agents", "customers", "clocks", "trend"];

    public const string PeriodFormats = "a month (2026-11), a quarter (2026-Q4) or a range of days (2026-10-01..2026-11-15)";

    public static string Report(ReportPeriod period) => $"{ReportPath}?period={Uri.EscapeDataString(period.ToString())}";

    public static string Clocks(ClockFilter filter) => $"{ClocksPath}?{Query(filter)}";

    /// <summary>The export of one of the period's tables ("tiers", "agents", "customers").</summary>
    public static string Csv(string table, ReportPeriod period) => $"{ReportPath}/{table}.csv?period={Uri.EscapeDataString(period.ToString())}";

    /// <summary>The export of the drill-down's clocks, every page of them.</summary>
    public static string ClocksCsv(ClockFilter filter) => $"{ReportPath}/clocks.csv?{Query(filter with { Page = 1 })}";

    public static string TrendCsv => $"{ReportPath}/trend.csv";

    /// <summary>The clocks behind a number in a row of a report table; <paramref name="row"/> null for the period's total.</summary>
    public static ClockFilter For(ReportPeriod period, SlaRow? row, ClockOutcome outcome = ClockOutcome.All, bool firstOnly = false)
    {
        var filter = new ClockFilter(period, Outcome: outcome, FirstOnly: firstOnly);
        return row?.Group switch
        {
            ReportGroup.Tier when Enum.TryParse<Tier>(row.Key, ignoreCase: true, out var tier) => filter with { Tier = tier },
            ReportGroup.Agent => filter with { AgentKey = row.Key },
            ReportGroup.Customer when int.TryParse(row.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) => filter with { CustomerId = id },
            _ => filter,
        };
    }

    /// <summary>The query string of a drill-down: only the filters that are set.</summary>
    public static string Query(ClockFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string> { $"period={Uri.EscapeDataString(filter.Period.ToString())}" };
        if (filter.Tier is { } tier)
        {
            parts.Add($"tier={tier}");
        }

        if (filter.AgentKey is { } agent)
        {
            parts.Add($"agent={Uri.EscapeDataString(agent)}");
        }

        if (filter.CustomerId is { } customer)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"customer={customer}"));
        }

        if (filter.Outcome != ClockOutcome.All)
        {
            parts.Add($"outcome={OutcomeText(filter.Outcome)}");
        }

        if (filter.FirstOnly)
        {
            parts.Add("first=true");
        }

        if (filter.Page > 1)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"page={filter.Page}"));
        }

        return string.Join('&', parts);
    }

    /// <summary>Reads a drill-down's query string; false with what was wrong, in words, for anything it cannot read.</summary>
    public static bool TryParse(
        string? period, string? tier, string? agent, string? customer, string? outcome, string? first, string? page,
        out ClockFilter filter, out string problem)
    {
        filter = new ClockFilter(ReportPeriod.Month(2000, 1));
        if (!ReportPeriod.TryParse(period, out var parsedPeriod))
        {
            problem = PeriodProblem(period);
            return false;
        }

        Tier? parsedTier = null;
        if (!string.IsNullOrEmpty(tier))
        {
            if (!Enum.TryParse<Tier>(tier, ignoreCase: true, out var known) || !Enum.IsDefined(known) || int.TryParse(tier, out _))
            {
                problem = $"'{tier}' is not a tier: use {string.Join(", ", Enum.GetNames<Tier>())}.";
                return false;
            }

            parsedTier = known;
        }

        int? parsedCustomer = null;
        if (!string.IsNullOrEmpty(customer))
        {
            if (!int.TryParse(customer, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                problem = $"'{customer}' is not a customer number.";
                return false;
            }

            parsedCustomer = id;
        }

        if (!string.IsNullOrEmpty(agent) && agent != "unassigned" && !int.TryParse(agent, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            problem = $"'{agent}' is not an agent number (or 'unassigned').";
            return false;
        }

        var parsedOutcome = ClockOutcome.All;
        if (!string.IsNullOrEmpty(outcome) && !TryParseOutcome(outcome, out parsedOutcome))
        {
            problem = $"'{outcome}' is not an outcome: use met, breached or no-target.";
            return false;
        }

        var parsedPage = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out parsedPage) || parsedPage < 1))
        {
            problem = $"'{page}' is not a page number.";
            return false;
        }

        filter = new ClockFilter(parsedPeriod, parsedTier, string.IsNullOrEmpty(agent) ? null : agent, parsedCustomer, parsedOutcome,
            string.Equals(first, "true", StringComparison.OrdinalIgnoreCase), parsedPage);
        problem = "";
        return true;
    }

    /// <summary>Why a period in the address cannot be read, with the forms that can.</summary>
    public static string PeriodProblem(string? period) => string.IsNullOrWhiteSpace(period)
        ? $"No period was given: give {PeriodFormats}."
        : $"'{period}' is not a period this report can show: give {PeriodFormats}, at most {ReportPeriod.MaxRangeDays} days.";

    public static string OutcomeText(ClockOutcome outcome) => outcome switch
    {
        ClockOutcome.Met => "met",
        ClockOutcome.Breached => "breached",
        ClockOutcome.NoTarget => "no-target",
        _ => "all",
    };

    private static bool TryParseOutcome(string text, out ClockOutcome outcome)
    {
        outcome = text.ToLowerInvariant() switch
        {
            "all" => ClockOutcome.All,
            "met" => ClockOutcome.Met,
            "breached" => ClockOutcome.Breached,
            "no-target" => ClockOutcome.NoTarget,
            _ => (ClockOutcome)(-1),
        };
        return Enum.IsDefined(outcome);
    }
}
