using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Assignment.Support;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Assignment;

/// <summary>Two managers, two DbContexts on one SQLite file, one ticket: exactly one reassignment wins.</summary>
public sealed class AssignmentConcurrencyTests : IAsyncLifetime
{
    private AssignmentTestWorld world = null!;
    private int ticketId;

    public async ValueTask InitializeAsync()
    {
        world = await AssignmentTestWorld.CreateAsync();
        ticketId = await world.Tickets.OpenTicketAsync(world.Tickets.Gold, "Drive faults on axis 3", assignee: world.Tickets.Alex);
    }

    public async ValueTask DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Two_managers_reassigning_the_same_version_at_once_exactly_one_wins_and_nothing_is_overwritten()
    {
        var secondManager = TestPrincipals.Manager(world.Tickets.Alex.Id, "second.manager@demo.local");
        for (var round = 0; round < 5; round++)
        {
            var version = await world.VersionOfAsync(ticketId);
            var current = await world.AssigneeOfAsync(ticketId);
            var (to1, to2) = current == world.Tickets.Jonas.Id ? (world.Tickets.Morgan.Id, world.Tickets.Alex.Id) : (world.Tickets.Jonas.Id, world.Tickets.Morgan.Id);
            if (current == to2)
            {
                to2 = world.Tickets.Alex.Id == current ? world.Tickets.Jonas.Id : world.Tickets.Alex.Id;
            }

            var auditBefore = (await world.AuditAsync()).Count;

            var results = await Task.WhenAll(
                Task.Run(() => world.AsManagerAsync(s => s.AssignAsync(new AssignOne(ticketId, version, to1, "first")))),
                Task.Run(() => world.AsAsync(secondManager, sp => Resolve(sp).AssignAsync(new AssignOne(ticketId, version, to2, "second")))));

            Assert.Equal([CommandOutcome.Succeeded, CommandOutcome.Conflict], results.Select(r => r.Outcome).Order());
            var winner = results[0].Succeeded ? to1 : to2;
            var loser = results.Single(r => !r.Succeeded);
            Assert.Equal(winner, await world.AssigneeOfAsync(ticketId));
            Assert.Equal(version + 1, await world.VersionOfAsync(ticketId));
            Assert.Equal(auditBefore + 1, (await world.AuditAsync()).Count);
            var winnerName = winner == world.Tickets.Jonas.Id ? "Jonas Weber" : winner == world.Tickets.Morgan.Id ? "Morgan Manager" : "Alex Agent";
            Assert.Contains($"assigned to {winnerName}", loser.Errors[0], StringComparison.Ordinal);
            Assert.Contains("Nothing was saved", loser.Errors[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_loser_can_retry_with_the_current_version()
    {
        // The other manager's reassignment commits between this command's read and its save.
        CommandResult<int>? other = null;
        world.Tickets.Database.BeforeNextSave(async () =>
            other = await world.AsManagerAsync(s => s.AssignAsync(new AssignOne(ticketId, 0, world.Tickets.Morgan.Id))));

        var lost = await world.AsManagerAsync(s => s.AssignAsync(new AssignOne(ticketId, 0, world.Tickets.Jonas.Id)));
        var state = await world.AsManagerAsync(s => s.CurrentAsync(ticketId));
        var retried = await world.AsManagerAsync(s => s.AssignAsync(new AssignOne(ticketId, state!.Version, world.Tickets.Jonas.Id)));

        Assert.True(other?.Succeeded);
        Assert.Equal(CommandOutcome.Conflict, lost.Outcome);
        Assert.Contains("It is now New and assigned to Morgan Manager", lost.Errors[0], StringComparison.Ordinal);
        Assert.Equal((world.Tickets.Morgan.Id, "Morgan Manager", 1), (state!.AssigneeAgentId, state.AssigneeName, state.Version));
        Assert.True(retried.Succeeded);
        Assert.Equal(
            ["#" + world.Tickets.Alex.Id + " Alex Agent -> #" + world.Tickets.Morgan.Id + " Morgan Manager", "#" + world.Tickets.Morgan.Id + " Morgan Manager -> #" + world.Tickets.Jonas.Id + " Jonas Weber"],
            (await world.AuditAsync()).Select(e => $"{e.OldValue} -> {e.NewValue}"));
    }

    private static IAssignmentService Resolve(IServiceProvider services) =>
        (IAssignmentService)services.GetService(typeof(IAssignmentService))!;
}
