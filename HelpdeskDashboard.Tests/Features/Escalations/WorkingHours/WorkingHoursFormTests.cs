using Bunit;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Escalations.WorkingHours;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace HelpdeskDashboard.Tests.Features.Escalations.WorkingHours;

/// <summary>The profile's working-hours form on a real database: company hours by default, own ranges saved, bad ones refused.</summary>
public sealed class WorkingHoursFormTests : BunitTestBase, IAsyncLifetime
{
    private RacingTestDatabase _database = null!;
    private Agent _nora = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await RacingTestDatabase.CreateAsync();
        _nora = TicketTestWorld.NewAgent("Nora Quinn", "nora.quinn@demo.local", manager: false, active: true);
        _nora.TimeZone = "America/New_York";
        await using (var db = _database.CreateDbContext())
        {
            db.Agents.Add(_nora);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        User = FakeCurrentUser.Agent(_nora.Id, "Nora Quinn");
        Context.Services.AddLogging();
        Context.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Context.Services.AddSingleton<IDbContextFactory<HelpdeskDbContext>>(_database);
        Context.Services.AddSingleton(Options.Create(TicketTestWorld.MailOptions));
        Context.Services.AddSingleton<HelpdeskDashboard.Features.Notifications.Email.OutboxWriter>();
        Context.Services.AddSingleton(TestTiers.Catalog());
        Context.Services.AddEscalations();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void Shows_the_company_hours_in_the_company_zone_by_default()
    {
        var form = Context.Render<WorkingHoursForm>();

        form.WaitForAssertion(() => Assert.Contains("Monday: 00:00-24:00", form.Find("[data-testid=company-hours]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Saturday: closed", form.Find("[data-testid=company-hours]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Berlin (UTC+01:00)", form.Find("[data-testid=company-hours-zone]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saves_own_ranges_in_the_persons_zone()
    {
        var form = Context.Render<WorkingHoursForm>();
        form.WaitForElement("[data-testid=company-hours]");

        await form.InvokeAsync(() => form.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(false));
        Assert.Contains("New York (UTC−04:00)", form.Find("[data-testid=working-hours-zone]").TextContent, StringComparison.Ordinal);
        await TypeAsync(form, DayOfWeek.Monday, "08:00-12:00, 13:00-16:00");
        await TypeAsync(form, DayOfWeek.Friday, "");
        await form.InvokeAsync(() => form.Find("[data-testid=save-working-hours]").Click());

        form.WaitForAssertion(() => Assert.Contains("Saved: your own working hours.", form.Find("[data-testid=working-hours-feedback]").TextContent, StringComparison.Ordinal));
        var stored = await StoredAsync();
        Assert.NotNull(stored);
        var hours = PersonalHours.ReadHours(stored.HoursJson)!;
        Assert.Equal(["08:00-12:00", "13:00-16:00"], hours[DayOfWeek.Monday]);
        Assert.Equal(["00:00-24:00"], hours[DayOfWeek.Tuesday]); // started from the company's week
        Assert.False(hours.ContainsKey(DayOfWeek.Friday));
    }

    [Fact]
    public async Task A_bad_range_shows_the_rules_message_and_saves_nothing()
    {
        var form = Context.Render<WorkingHoursForm>();
        form.WaitForElement("[data-testid=company-hours]");

        await form.InvokeAsync(() => form.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(false));
        await TypeAsync(form, DayOfWeek.Monday, "9-17");
        await form.InvokeAsync(() => form.Find("[data-testid=save-working-hours]").Click());

        form.WaitForAssertion(() => Assert.Contains(
            "Monday: '9-17' is not a range of the form HH:mm-HH:mm", form.Find("[data-testid=working-hours-feedback]").TextContent, StringComparison.Ordinal));
        Assert.Null(await StoredAsync());
    }

    private static Task TypeAsync(IRenderedComponent<WorkingHoursForm> form, DayOfWeek day, string text) =>
        form.InvokeAsync(() => form.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == day.ToString()).Instance.ValueChanged.InvokeAsync(text));

    private async Task<AgentWorkingHours?> StoredAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AgentWorkingHours.AsNoTracking().SingleOrDefaultAsync(h => h.AgentId == _nora.Id, Xunit.TestContext.Current.CancellationToken);
    }
}
