using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>The system clock moved forward by <see cref="Shift"/>: the app's "now" advanced without waiting.</summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    private long _shiftTicks;

    public TimeSpan Shift
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));
        set => Interlocked.Exchange(ref _shiftTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}

/// <summary>An app with demo data, the escalation scheduler on ("Escalations:Enabled") and a clock the test moves.</summary>
internal sealed class EscalationAppFactory : HelpdeskAppFactory
{
    public EscalationAppFactory()
    {
        SeedDemoData = true;
        Settings["Escalations:Enabled"] = "true";
    }

    public ShiftedTimeProvider Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }
}

public sealed class EscalationBrowserFixture() : BrowserFixture(new EscalationAppFactory());

/// <summary>Issue 18: an agent's bell rings when a clock they own becomes at risk (needs the escalation scheduler).</summary>
public sealed class EscalationBellTests(EscalationBrowserFixture browser) : IClassFixture<EscalationBrowserFixture>
{
    private static readonly Microsoft.Playwright.LocatorAssertionsToHaveAttributeOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_agents_bell_rings_when_a_clock_they_own_becomes_at_risk()
    {
        var app = (EscalationAppFactory)browser.App;
        var cancel = TestContext.Current.CancellationToken;
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.SignInAsync(browser, DemoSignIn.Agent, "/board");
        await page.WaitForInteractiveAsync();

        // The agent's live clock that becomes at risk next (the start-up pass already told of those at risk before).
        int ticketId;
        long atRisk;
        var factory = app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancel))
        {
            var now = app.Time.GetUtcNow().UtcTicks;
            var agentId = await db.Agents.Where(a => a.Email == DemoSignIn.Agent).Select(a => a.Id).SingleAsync(cancel);
            (ticketId, atRisk) = await db.Tickets
                .Where(t => t.AssigneeAgentId == agentId && t.AwaitingResponse && t.ResponseAtRiskFromUtcTicks > now)
                .OrderBy(t => t.ResponseAtRiskFromUtcTicks)
                .Select(t => ValueTuple.Create(t.Id, t.ResponseAtRiskFromUtcTicks!.Value))
                .FirstAsync(cancel);
            Assert.False(await db.Escalations.AnyAsync(e => e.TicketId == ticketId, cancel)); // nothing told of it yet
        }

        var bell = page.GetByTestId("notification-bell").Locator("button").First;
        var aboutTicket = page.GetByTestId("notification").Filter(new() { HasText = $"#{ticketId} " }).Filter(new() { HasText = "at risk" });

        // Move the app's clock just past that instant and let the scheduler plan again (as a ticket change would).
        app.Time.Shift = TimeSpan.FromTicks(atRisk - DateTimeOffset.UtcNow.UtcTicks) + TimeSpan.FromSeconds(1);
        app.Services.GetRequiredService<EscalationScheduler>().Kick();

        // The bell rings (its name counts unread notices) and its list names the ticket as at risk.
        await Expect(bell).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(@"[1-9]\d* unread"), Soon);
        await bell.ClickAsync();
        await Expect(aboutTicket).ToHaveCountAsync(1, new() { Timeout = 15_000 });
    }
}
