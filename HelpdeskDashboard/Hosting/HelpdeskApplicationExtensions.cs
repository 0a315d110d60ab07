using HelpdeskDashboard.Components;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Agents;
using HelpdeskDashboard.Features.Billing.Manager;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Platform.Health;
using Microsoft.AspNetCore.HttpOverrides;

namespace HelpdeskDashboard.Hosting;

public static class HelpdeskApplicationExtensions
{
    /// <summary>The request pipeline and every endpoint: pages, the API, health and static files.</summary>
    public static WebApplication UseHelpdesk(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // A reverse proxy on this machine (deploy/) passes the client's address; only loopback proxies are trusted
        // (the middleware's default), so nobody can choose their own address for the rate limits from outside.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseProductionErrorsAndHttps();
        app.UseSecurityHeaders();
        app.UseRateLimiter(); // before the status-code pages, so a 429 keeps its own short body
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Every endpoint needs a signed-in user unless it says otherwise (fallback policy, see Policies).
        app.MapStaticAssets().AllowAnonymous();
        app.MapHelpdeskHealthChecks().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapTicketApi();
        app.MapAgentApi();
        app.MapAttachmentDownloads();
        app.MapOrderApi();
        app.MapBillingEndpoints();
        app.MapReportCsvEndpoints();
        app.MapRazorComponents<App>()
            .AddUncompressedInteractiveServerRenderMode()
            .AllowAnonymousFrameworkEndpoints();
        return app;
    }
}
