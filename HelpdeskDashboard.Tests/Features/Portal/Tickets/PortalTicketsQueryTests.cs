using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Tests.Features.Portal.Support;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

public sealed class PortalTicketsQueryTests : IAsyncLifetime
{
    private PortalTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await PortalTestWorld.CreateAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    private async Task<int> FileAsync(string who, string subject)
    {
        var result = await _world.SubmitAsync(who, new NewInquiry { Subject = subject, Body = "Details" });
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }

    [Fact]
    public async Task Customer_sees_only_their_own_companys_tickets()
    {
        var mine = await FileAsync("Anna", "Mine");
        await FileAsync("Ben", "Another Gold customer's");
        await _world.AddTicketAsync(_world.Basic, "Basic customer's", TicketStatus.Open);

        await using var session = _world.As("Anna");
        var page = await session.Tickets.GetPageAsync(0, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([mine], page.Rows.Select(r => r.Id));
        Assert.Equal(1, page.Total);
    }

    [Theory]
    [InlineData("agent", "Alex")]
    [InlineData("nobody signed in", "nobody")]
    public async Task Anyone_but_a_customer_user_gets_an_empty_list(string label, string who)
    {
        _ = label;
        await FileAsync("Anna", "Mine");
        await using var session = _world.As(who);

        var page = await session.Tickets.GetPageAsync(0, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(page.Rows);
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task Open_tickets_come_first_soonest_due_first_and_finished_ones_last()
    {
        var closed = await _world.AddTicketAsync(_world.Gold, "Closed long ago", TicketStatus.Closed, updated: PortalTestWorld.Start.AddDays(1));
        var earlier = await FileAsync("Anna", "Filed first, due first");
        _world.Time.Advance(TimeSpan.FromHours(1));
        var later = await FileAsync("Anna", "Filed later, due later");
        var waiting = await _world.AddTicketAsync(_world.Gold, "No due time", TicketStatus.WaitingOnCustomer);

        await using var session = _world.As("Anna");
        var page = await session.Tickets.GetPageAsync(0, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([earlier, later, waiting, closed], page.Rows.Select(r => r.Id));
        Assert.Equal(3, page.OpenCount);
        Assert.Equal([true, true, true, false], page.Rows.Select(r => r.IsOpen));
    }

    [Fact]
    public async Task Pages_are_limited_and_skip_moves_through_them()
    {
        for (var i = 0; i < 3; i++)
        {
            await _world.AddTicketAsync(_world.Gold, $"Ticket {i}", TicketStatus.Open, updated: PortalTestWorld.Start.AddMinutes(i));
        }

        await using var session = _world.As("Anna");
        var first = await session.Tickets.GetPageAsync(0, 2, TestContext.Current.CancellationToken);
        var second = await session.Tickets.GetPageAsync(2, 2, TestContext.Current.CancellationToken);

        Assert.Equal(["Ticket 2", "Ticket 1"], first.Rows.Select(r => r.Subject));
        Assert.Equal(["Ticket 0"], second.Rows.Select(r => r.Subject));
        Assert.Equal(3, first.Total);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.Tickets.GetPageAsync(0, PortalTicketsQuery.MaxPageSize + 1, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Rows_show_the_assignees_first_name_only_and_a_running_sla()
    {
        var id = await FileAsync("Anna", "Mine");
        await using (var db = _world.Database.CreateDbContext())
        {
            var ticket = await db.Tickets.FindAsync([id], TestContext.Current.CancellationToken);
            ticket!.AssigneeAgentId = _world.Alex.Id;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        _world.Time.Advance(TimeSpan.FromHours(1));
        await using var session = _world.As("Anna");
        var row = Assert.Single((await session.Tickets.GetPageAsync(0, cancellationToken: TestContext.Current.CancellationToken)).Rows);

        Assert.Equal("Alex", row.AssigneeFirstName);
        Assert.Equal(SlaState.Running, row.Sla.State);
        Assert.Equal(TimeSpan.FromHours(71), row.Sla.Remaining);
    }
}
