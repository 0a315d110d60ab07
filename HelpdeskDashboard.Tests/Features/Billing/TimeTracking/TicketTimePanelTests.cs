using Bunit;
using HelpdeskDashboard.Features.Billing.TimeTracking;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskDashboard.Tests.Features.Billing.TimeTracking;

/// <summary>The ticket page's "Time spent" panel: lists the entries everyone may see, agents log time through billing.</summary>
public sealed class TicketTimePanelTests : TicketUiTestContext
{
    private const int TicketId = 42;
    private readonly FakeTimeTracking _tracking = new();
    private readonly UsageChangeHub _usageHub = new(NullLogger<UsageChangeHub>.Instance);

    public TicketTimePanelTests()
    {
        Context.Services.AddSingleton<ITimeTracking>(_tracking);
        Context.Services.AddSingleton<IBillingQueries>(new NoUsage());
        Context.Services.AddSingleton(_usageHub);
        _tracking.Entries = [new(1, 7, "Demo Agent", new DateOnly(2026, 3, 10), 45, "Phone call", Billable: true)];
    }

    private IRenderedComponent<TicketTimePanel> RenderPanel(bool isAgent = true) =>
        Context.Render<TicketTimePanel>(parameters => parameters.Add(p => p.Ticket, new TicketPanelContext(TicketId, Zone, isAgent)));

    private static void Type(IRenderedComponent<TicketTimePanel> panel, string testId, string text) =>
        panel.Find($"[data-testid='{testId}']").Change(text);

    [Fact]
    public void Entries_are_listed_with_a_total()
    {
        var panel = RenderPanel();

        Assert.Equal(["Tue 10 Mar 2026", "Demo Agent", "0:45", "Phone call", "Yes"],
            panel.FindAll("[data-testid='time-entries'] tbody td").Take(5).Select(td => td.TextContent.Trim()));
        Assert.Equal("0:45", panel.Find("[data-testid='time-total']").TextContent);
    }

    [Fact]
    public void Logging_time_accepts_hours_and_minutes_and_confirms_with_the_agents_date()
    {
        var panel = RenderPanel();

        Type(panel, "time-spent", "1:30");
        Type(panel, "time-note", " Remote session ");
        panel.Find("button[data-testid='log-time']").Click();

        Assert.Equal(new LogTicketTime(TicketId, new DateOnly(2026, 3, 10), 90, "Remote session", Billable: false), _tracking.Logged.Single());
        panel.WaitForAssertion(() => Assert.Equal("Logged 1 h 30 min on Tue 10 Mar 2026.", panel.Find("[data-testid='time-feedback']").TextContent.Trim()));
    }

    [Fact]
    public void Time_that_is_not_a_time_is_refused_before_any_command()
    {
        var panel = RenderPanel();

        Type(panel, "time-spent", "an hour");
        panel.Find("button[data-testid='log-time']").Click();

        Assert.Empty(_tracking.Logged);
        Assert.Contains("'an hour' is not a time", panel.Find(".time-entry-form").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Customers_see_the_time_but_no_form_and_no_corrections()
    {
        User = FakeCurrentUser.Customer();
        var panel = RenderPanel(isAgent: false);

        Assert.Single(panel.FindAll("[data-testid='time-entries'] tbody tr"));
        Assert.Empty(panel.FindAll("[data-testid='log-time'], [data-testid='edit-time'], [data-testid='delete-time']"));
    }

    [Fact]
    public async Task Time_logged_on_this_ticket_elsewhere_reloads_the_list_and_other_changes_do_not()
    {
        var panel = RenderPanel();
        _tracking.Entries = [.. _tracking.Entries, new(2, 8, "Jonas Weber", new DateOnly(2026, 3, 10), 30, "", Billable: false)];

        await Hub.PublishAsync(new TicketChanged(TicketId, TicketChangeKind.AgentReply));
        await Hub.PublishAsync(new TicketChanged(TicketId + 1, TicketChangeKind.TimeLogged));
        Assert.Equal(1, _tracking.Reads);

        await Hub.PublishAsync(new TicketChanged(TicketId, TicketChangeKind.TimeLogged));

        panel.WaitForAssertion(() => Assert.Equal("1:15", panel.Find("[data-testid='time-total']").TextContent));
        Assert.Equal(2, _tracking.Reads);
    }

    [Fact]
    public async Task Leaving_the_page_ends_the_panels_subscriptions()
    {
        RenderPanel();
        Assert.Equal((1, 1), (Hub.SubscriberCount, _usageHub.SubscriberCount));

        await Context.DisposeComponentsAsync();

        Assert.Equal((0, 0), (Hub.SubscriberCount, _usageHub.SubscriberCount));
    }

    private sealed class FakeTimeTracking : ITimeTracking
    {
        public IReadOnlyList<TimeEntryView> Entries { get; set; } = [];

        public int Reads { get; private set; }

        public List<LogTicketTime> Logged { get; } = [];

        public Task<IReadOnlyList<TimeEntryView>> EntriesAsync(int ticketId, CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult(Entries);
        }

        public Task<CommandResult<int>> LogAsync(LogTicketTime command, CancellationToken cancellationToken = default)
        {
            Logged.Add(command);
            return Task.FromResult(CommandResult<int>.Ok(5));
        }

        public Task<CommandResult<int>> ChangeAsync(ChangeTimeEntry command, CancellationToken cancellationToken = default) =>
            Task.FromResult(CommandResult<int>.Ok(5));

        public Task<CommandResult<int>> DeleteAsync(DeleteTimeEntry command, CancellationToken cancellationToken = default) =>
            Task.FromResult(CommandResult<int>.Ok(5));
    }

    private sealed class NoUsage : IBillingQueries
    {
        public BillingMonth CurrentMonth => new(2026, 3);

        public Task<CustomerStatement?> CurrentUsageForTicketAsync(int ticketId, CancellationToken cancellationToken = default) =>
            Task.FromResult<CustomerStatement?>(null);

        public Task<IReadOnlyList<CustomerStatement>> StatementsAsync(BillingMonth month, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<CustomerStatement>>([]);
    }
}
