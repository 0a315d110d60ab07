using Bunit;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Outbox;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Features.Notifications.Email;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Notifications.Outbox;

public sealed class OutboxManagerPageTests : BunitTestBase, IAsyncLifetime
{
    private OutboxTestWorld _world = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await OutboxTestWorld.CreateAsync();
        User = FakeCurrentUser.Manager();
        Context.Services.AddSingleton<IDbContextFactory<HelpdeskDbContext>>(_world.Database);
        Context.Services.AddSingleton<TimeProvider>(_world.Time); // the clock the world's rows were written by
        Context.Services.AddSingleton(new CompanyClock(new BusinessCalendar(new BusinessCalendarOptions()).TimeZone, _world.Time));
        Context.Services.AddOutboxAdmin();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _world.DisposeAsync();
    }

    [Fact]
    public async Task Retry_on_a_failed_row_queues_it_again_and_says_so()
    {
        var ids = await _world.QueueAsync(2);
        await OutboxAdminTests.SetStatusAsync(_world, ids[0], OutboxStatus.Failed);
        var page = Context.Render<OutboxManagerPage>();
        var failedRow = page.WaitForElement($"[data-testid=outbox-row][data-id='{ids[0]}']");
        Assert.Contains("550 mailbox unavailable", failedRow.QuerySelector("[data-testid=last-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=retry]"));

        await page.Find("[data-testid=retry]").ClickAsync(new());

        page.WaitForAssertion(() =>
        {
            var feedback = page.Find("[data-testid=feedback]");
            Assert.Equal("status", feedback.GetAttribute("role"));
            Assert.Contains($"Message #{ids[0]} is queued again", feedback.TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(page.FindAll("[data-testid=retry]"));
        Assert.Contains("Pending", page.Find($"[data-testid=outbox-row][data-id='{ids[0]}'] [data-testid=status]").TextContent, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Pending, (await _world.ReadAsync(ids[0])).Status);
    }

    [Fact]
    public async Task Retry_of_a_message_sent_meanwhile_is_refused_as_an_alert()
    {
        var id = (await _world.QueueAsync(1))[0];
        await OutboxAdminTests.SetStatusAsync(_world, id, OutboxStatus.Failed);
        var page = Context.Render<OutboxManagerPage>();
        page.WaitForElement("[data-testid=retry]");
        await OutboxAdminTests.SetStatusAsync(_world, id, OutboxStatus.Sent, attempts: 7, error: null);

        await page.Find("[data-testid=retry]").ClickAsync(new());

        page.WaitForAssertion(() =>
        {
            var feedback = page.Find("[data-testid=feedback]");
            Assert.Equal("alert", feedback.GetAttribute("role"));
            Assert.Contains("only failed messages can be retried", feedback.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Retry_button_names_the_message_for_screen_readers()
    {
        var id = (await _world.QueueAsync(1))[0];
        await OutboxAdminTests.SetStatusAsync(_world, id, OutboxStatus.Failed);

        var page = Context.Render<OutboxManagerPage>();

        var button = page.WaitForElement("[data-testid=retry]");
        Assert.Equal($"Retry message #{id} to user1@example.com", button.GetAttribute("aria-label"));
    }
}
