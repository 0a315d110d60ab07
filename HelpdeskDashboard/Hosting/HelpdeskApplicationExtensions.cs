using HelpdeskDashboard.Components;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Billing.Manager;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Health;

namespace HelpdeskDashboard.Hosting;

public static class HelpdeskApplicationExtensions
{
    /// <summary>The request pipeline and every endpoint: pages, the API, health and static files.</summary>
    public static WebApplication UseHelpdesk(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseSameOriginFramingOnly();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Every endpoint needs a signed-in user unless it says otherwise (fallback policy, see Policies).
        app.MapStaticAssets().AllowAnonymous();
        app.MapHelpdeskHealthChecks().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapTicketApi();
        app.MapOrderApi();
        app.MapBillingEndpoints();
        app.MapRazorComponents<App>()
            .AddUncompressedInteractiveServerRenderMode()
            .AllowAnonymousFrameworkEndpoints();
        return app;
    }
}
