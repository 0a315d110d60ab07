using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Hosting.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Reports;

public sealed class FinishedClocksGeneratorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_seed_writes_the_same_clocks()
    {
        var first = await ClocksAsync(seed: 5);
        var second = await ClocksAsync(seed: 5);
        var other = await ClocksAsync(seed: 6);

        Assert.Equal(300, first.Count);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Generated_tickets_are_resolved_with_no_clock_running_and_clocks_within_the_last_months()
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using var db = database.CreateDbContext();
        var result = await new VolumeDataGenerator(DemoSeed.Calendar, new FakeTimeProvider(DemoSeed.Wednesday))
            .GenerateFinishedClocksAsync(db, 500, Cancel, months: 6);

        var tickets = await db.Tickets.AsNoTracking().Where(t => t.Subject.StartsWith("Finished ticket")).ToListAsync(Cancel);
        Assert.Equal(result.Tickets, tickets.Count);
        Assert.All(tickets, t => Assert.Equal((TicketStatus.Resolved, false), (t.Status, t.AwaitingResponse)));
        var clocks = await db.ResponseClocks.AsNoTracking().ToListAsync(Cancel);
        Assert.Equal(500, clocks.Count);
        Assert.All(clocks, c => Assert.InRange(c.StoppedUtcTicks, DemoSeed.Wednesday.AddMonths(-6).UtcTicks, DemoSeed.Wednesday.UtcTicks));
        Assert.Equal(result.Tickets, clocks.Count(c => c.IsFirstResponse));
        Assert.All(clocks.GroupBy(c => c.TicketId), g => Assert.InRange(g.Count(), 1, 4));
    }

    private static async Task<List<string>> ClocksAsync(int seed)
    {
        await using var database = await DemoSeed.SeededAtAsync(DemoSeed.Wednesday);
        await using var db = database.CreateDbContext();
        await new VolumeDataGenerator(DemoSeed.Calendar, new FakeTimeProvider(DemoSeed.Wednesday)).GenerateFinishedClocksAsync(db, 300, Cancel, seed: seed);
        return await db.ResponseClocks.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => $"{c.TicketId} {c.CustomerId} {c.TierAtStart} {c.AssigneeAgentId} {c.RepliedByAgentId} {c.StartedUtcTicks} {c.StoppedUtcTicks} {c.BusinessTicks} {c.IsBreached} {c.IsFirstResponse} {c.StopReason}")
            .ToListAsync(Cancel);
    }
}
