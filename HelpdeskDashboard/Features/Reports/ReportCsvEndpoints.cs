using System.Text;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Reports.Pages;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Reports;

public static class ReportCsvEndpoints
{
    /// <summary>The drill-down export stops here: a spreadsheet of more clocks is better cut by a narrower filter.</summary>
    public const int MaxClockRows = 10_000;

    /// <summary>
    /// GET /manager/reports/{tiers|agents|customers}.csv?period=…, /manager/reports/clocks.csv?period=…&amp;tier=… (the
    /// drill-down's filters, every page) and /manager/reports/trend.csv: managers only (the policy, and the queries
    /// check the role again).
    /// </summary>
    public static IEndpointRouteBuilder MapReportCsvEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var table in new[] { "tiers", "agents", "customers" })
        {
            endpoints.MapGet($"/{ReportLinks.ReportPath}/{table}.csv", async (string? period, SlaReportQuery reports, CancellationToken cancellationToken) =>
            {
                if (!ReportPeriod.TryParse(period, out var parsed))
                {
                    return Results.Problem(detail: ReportLinks.PeriodProblem(period), statusCode: StatusCodes.Status400BadRequest);
                }

                var result = await reports.GetAsync(parsed, cancellationToken);
                if (result is not { Succeeded: true, Value: { } report })
                {
                    return Refused(result);
                }

                var rows = table switch
                {
                    "tiers" => report.Tiers.Append(report.Total),
                    "agents" => report.Agents,
                    _ => report.Customers,
                };
                return Csv(ReportCsv.Rows(parsed, rows), ReportCsv.FileName(table, parsed));
            }).RequireAuthorization(Policies.Manager);
        }

        endpoints.MapGet($"/{ReportLinks.ReportPath}/clocks.csv", async (
            string? period, string? tier, string? agent, string? customer, string? outcome, string? first,
            ClockListQuery clocks, CancellationToken cancellationToken) =>
        {
            if (!ReportLinks.TryParse(period, tier, agent, customer, outcome, first, null, out var filter, out var problem))
            {
                return Results.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest);
            }

            // One query for every row up to the cap, not one per drill-down page.
            var result = await clocks.ExportAsync(filter, MaxClockRows, cancellationToken);
            if (result is not { Succeeded: true, Value: { } export })
            {
                return Refused(result);
            }

            return Csv(ReportCsv.Clocks(export.Rows), ReportCsv.FileName("clocks", filter.Period));
        }).RequireAuthorization(Policies.Manager);

        endpoints.MapGet($"/{ReportLinks.ReportPath}/trend.csv", async (SlaTrendQuery trends, CancellationToken cancellationToken) =>
        {
            var result = await trends.GetAsync(SlaReportsPage.TrendMonths, cancellationToken);
            return result is { Succeeded: true, Value: { } trend } ? Csv(ReportCsv.Trend(trend), ReportCsv.FileName("trend", null)) : Refused(result);
        }).RequireAuthorization(Policies.Manager);

        return endpoints;
    }

    private static IResult Csv(string text, string fileName) =>
        Results.File(Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", fileName);

    private static IResult Refused(CommandResult result) => Results.Problem(
        detail: string.Join(" ", result.Errors),
        statusCode: result.Outcome == CommandOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
}
