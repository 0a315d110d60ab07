using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Tests.Features.Sla.Support;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskDashboard.Tests.Features.Tickets.ResponseClock;

/// <summary>The one-off start-up step that records the finished clocks of a database that predates the records.</summary>
public sealed class ResponseClockBackfillTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backfill_writes_exactly_the_records_the_commands_wrote_when_they_stopped_the_clocks()
    {
        await using var world = await TicketTestWorld.CreateAsync();
        var first = await world.OpenTicketAsync(world.Gold, "PLC loses its program", assignee: world.Alex);
        var second = await world.OpenTicketAsync(world.Platinum, "Robot arm drifts", assignee: world.Jonas);
        world.Time.Advance(TimeSpan.FromHours(3));
        await world.RunAsync(world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(first, 0, "Which firmware?", false)));
        await world.RunAsync(world.JonasSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(second, 0, HelpdeskDashboard.Features.Tickets.TicketStatus.WaitingOnCustomer)));
        world.SetNow(SlaTestKit.Local("Tue 2026-05-19 11:00"));
        await world.RunAsync(world.GoldPersonSignedIn, w => w.PostCustomerMessageAsync(new PostCustomerMessage(first, 1, "4.2, still broken.")));
        world.Time.Advance(TimeSpan.FromHours(1));
        await world.RunAsync(world.JonasSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(second, 1, HelpdeskDashboard.Features.Tickets.TicketStatus.Resolved)));
        await world.RunAsync(world.AlexSignedIn, w => w.ReplyAsync(new ReplyToTicket(first, 2, "New board on its way.", false)));
        var written = await RecordsAsync(world);
        Assert.Equal(3, written.Count);
        await using (var db = world.Database.CreateDbContext())
        {
            await db.ResponseClocks.ExecuteDeleteAsync(Cancel);
        }

        await Backfill(world).StartAsync(Cancel);

        Assert.Equal(written, await RecordsAsync(world));
    }

    [Fact]
    public async Task Backfill_of_the_demo_data_gives_every_stopped_clock_of_every_ticket_once_and_runs_only_once()
    {
        var now = SlaTestKit.Local("Thu 2026-12-03 10:00");
        await using var world = await TicketTestWorld.CreateWithDemoDataAsync(now);

        await Backfill(world).StartAsync(Cancel);

        var records = await RecordsAsync(world);
        Assert.NotEmpty(records);
        var expected = 0;
        await using (var db = world.Database.CreateDbContext())
        {
            foreach (var ticket in await db.Tickets.AsNoTracking().Include(t => t.Messages).Include(t => t.StatusChanges).AsSplitQuery().ToListAsync(Cancel))
            {
                var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == ticket.CustomerId, Cancel);
                var assignments = await db.TierAssignments.AsNoTracking().Where(a => a.CustomerId == customer.Id).ToListAsync(Cancel);
                var tiers = CustomerTierHistory.Of(customer, assignments, TicketTestWorld.Calendar.TimeZone);
                var timeline = world.Clock.Timeline(world.Clock.Events(ticket, tiers, ticket.Messages, ticket.StatusChanges), now);
                var stopped = timeline.Cycles.Select(c => c.Reading).Where(r => r.IsStopped).ToList();
                expected += stopped.Count;
                Assert.Equal(
                    stopped.Select(r => (r.ClockStartedAt!.Value.UtcTicks, r.StoppedAt!.Value.UtcTicks, r.Elapsed.Ticks, r.IsBreached)),
                    records.Where(r => r.TicketId == ticket.Id).Select(r => (r.StartedUtcTicks, r.StoppedUtcTicks, r.BusinessTicks, r.IsBreached)));
            }
        }

        Assert.Equal(expected, records.Count);
        world.Time.Advance(TimeSpan.FromDays(1));
        await Backfill(world).StartAsync(Cancel);
        Assert.Equal(records, await RecordsAsync(world));
    }

    private static ResponseClockBackfill Backfill(TicketTestWorld world) =>
        new(world.Database, world.Clock, world.Time, NullLogger<ResponseClockBackfill>.Instance);

    /// <summary>Every record with every column but the id (which differs between the two ways of writing).</summary>
    private static async Task<List<Row>> RecordsAsync(TicketTestWorld world)
    {
        await using var db = world.Database.CreateDbContext();
        var rows = await db.ResponseClocks.AsNoTracking().OrderBy(r => r.TicketId).ThenBy(r => r.StartedUtcTicks).ToListAsync(Cancel);
        return [.. rows.Select(r => new Row(r.TicketId, r.CustomerId, r.TierAtStart, r.TargetTicks, r.AssigneeAgentId, r.RepliedByAgentId,
            r.StartedUtcTicks, r.StoppedUtcTicks, r.DueUtcTicks, r.BusinessTicks, r.IsBreached, r.IsFirstResponse, r.StopReason, r.StoppedMonth))];
    }

    private sealed record Row(
        int TicketId, int CustomerId, HelpdeskDashboard.Features.Tiers.Tier TierAtStart, long? TargetTicks, int? AssigneeAgentId, int? RepliedByAgentId,
        long StartedUtcTicks, long StoppedUtcTicks, long? DueUtcTicks, long BusinessTicks, bool IsBreached, bool IsFirstResponse,
        HelpdeskDashboard.Features.Sla.SlaStopReason StopReason, int StoppedMonth);
}
