using HelpdeskDashboard.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HelpdeskDashboard.Platform.Health;

public static class HealthEndpoints
{
    public const string Path = "/healthz";

    public const string DatabaseCheck = "database";

    public static IServiceCollection AddHelpdeskHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<HelpdeskDbContext>(DatabaseCheck);
        return services;
    }

    /// <summary>Maps /healthz: 200 when healthy, 503 when not, with a short JSON summary for monitoring.</summary>
    public static IEndpointConventionBuilder MapHelpdeskHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteSummaryAsync });

    private static Task WriteSummaryAsync(HttpContext context, HealthReport report)
    {
        var summary = new HealthSummary(
            report.Status.ToString(),
            report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()));
        return context.Response.WriteAsJsonAsync(summary);
    }

    /// <summary>Serialised as {"status":"Healthy","checks":{"database":"Healthy"}}.</summary>
    public sealed record HealthSummary(string Status, IReadOnlyDictionary<string, string> Checks);
}
