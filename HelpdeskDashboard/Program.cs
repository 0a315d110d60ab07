using HelpdeskDashboard.Components;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Health;
using HelpdeskDashboard.Features.Tiers;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddMudServices();

builder.Services.AddHelpdeskDatabase();
builder.Services.AddHelpdeskHealthChecks();
builder.Services.AddTiers();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHelpdeskHealthChecks();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

/// <summary>Entry point; public so the tests' WebApplicationFactory can start the app.</summary>
public partial class Program;
