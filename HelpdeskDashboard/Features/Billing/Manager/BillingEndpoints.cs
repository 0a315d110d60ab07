using System.Text;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Billing.Usage;

namespace HelpdeskDashboard.Features.Billing.Manager;

public static class BillingEndpoints
{
    /// <summary>The CSV export; the query re-checks the manager role.</summary>
    public const string ExportPath = "/manager/billing/statements.csv";

    public static string ExportUrl(BillingMonth month) => $"{ExportPath.TrimStart('/')}?month={month.Label}";

    /// <summary>GET /manager/billing/statements.csv?month=yyyy-MM: every customer's statement for that month (managers only).</summary>
    public static IEndpointRouteBuilder MapBillingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (string? month, IBillingQueries queries, CancellationToken cancellationToken) =>
        {
            if (!BillingMonth.TryParse(month, out var parsed))
            {
                return Results.Problem(
                    detail: $"Give the month as yyyy-MM, e.g. ?month={queries.CurrentMonth.Label}; '{month}' is not one.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var statements = await queries.StatementsAsync(parsed, cancellationToken);
            return Results.File(Encoding.UTF8.GetBytes(StatementCsv.Write(statements)), "text/csv; charset=utf-8", StatementCsv.FileName(parsed));
        }).RequireAuthorization(Policies.Manager);
        return endpoints;
    }
}
