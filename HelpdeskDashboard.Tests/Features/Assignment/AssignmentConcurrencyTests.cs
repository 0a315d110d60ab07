using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Assignment.Support;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Assignment;

/// <summary>Two managers, two DbContexts on one SQLite file, one ticket: exactly one reassignment wins.</summary>
public sealed class AssignmentConcurrencyTests : IAsyncLifetime
{
    private AssignmentTestWorld _world = null!;
    private int _ticketId;

    public async ValueTask InitializeAsync()
    {
        _world = await AssignmentTestWorld.CreateAsync();
        _ticketId = await _world.Tickets.OpenTicketAsync(_world.Tickets.Gold, "Drive faults on axis 3", assignee: _world.Tickets.Alex);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Two_managers_reassigning_the_same_version_at_once_exactly_one_wins_and_nothing_is_overwritten()
    {
        var secondManager = TestPrincipals.Manager(_world.Tickets.Alex.Id, "second.manager@demo.local");
        for (var round = 0; round < 5; round++)
        {
            var version = await _world.VersionOfAsync(_ticketId);
            var current = await _world.AssigneeOfAsync(_ticketId);
            var (to1, to2) = current == _world.Tickets.Jonas.Id ? (_world.Tickets.Morgan.Id, _world.Tickets.Alex.Id) : (_world.Tickets.Jonas.Id, _world.Tickets.Morgan.Id);
            if (current == to2)
            {
                to2 = _world.Tickets.Alex.Id == current ? _world.Tickets.Jonas.Id : _world.Tickets.Alex.Id;
            }

            var auditBefore = (await _world.AuditAsync()).Count;

            var results = await Task.WhenAll(
                Task.Run(() => _world.AsManagerAsync(s => s.AssignAsync(new AssignOne(_ticketId, version, to1, "first")))),
                Task.Run(() => _world.AsAsync(secondManager, sp => Resolve(sp).AssignAsync(new AssignOne(_ticketId, version, to2, "second")))));

            Assert.Equal([CommandOutcome.Succeeded, CommandOutcome.Conflict], results.Select(r => r.Outcome).Order());
            var winner = results[0].Succeeded ? to1 : to2;
            var loser = results.Single(r => !r.Succeeded);
            Assert.Equal(winner, await _world.AssigneeOfAsync(_ticketId));
            Assert.Equal(version + 1, await _world.VersionOfAsync(_ticketId));
            Assert.Equal(auditBefore + 1, (await _world.AuditAsync()).Count);
            var winnerName = winner == _world.Tickets.Jonas.Id ? "Jonas Weber" : winner == _world.Tickets.Morgan.Id ? "Morgan Manager" : "Alex Agent";
            Assert.Contains($"assigned to {winnerName}", loser.Errors[0], StringComparison.Ordinal);
            Assert.Contains("Nothing was saved", loser.Errors[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_loser_can_retry_with_the_current_version()
    {
        // The other manager's reassignment commits between this command's read and its save.
        CommandResult<int>? other = null;
        _world.Tickets.Database.BeforeNextSave(async () =>
            other = await _world.AsManagerAsync(s => s.AssignAsync(new AssignOne(_ticketId, 0, _world.Tickets.Morgan.Id))));

        var lost = await _world.AsManagerAsync(s => s.AssignAsync(new AssignOne(_ticketId, 0, _world.Tickets.Jonas.Id)));
        var state = await _world.AsManagerAsync(s => s.CurrentAsync(_ticketId));
        var retried = await _world.AsManagerAsync(s => s.AssignAsync(new AssignOne(_ticketId, state!.Version, _world.Tickets.Jonas.Id)));

        Assert.True(other?.Succeeded);
        Assert.Equal(CommandOutcome.Conflict, lost.Outcome);
        Assert.Contains("It is now New and assigned to Morgan Manager", lost.Errors[0], StringComparison.Ordinal);
        Assert.Equal((_world.Tickets.Morgan.Id, "Morgan Manager", 1), (state!.AssigneeAgentId, state.AssigneeName, state.Version));
        Assert.True(retried.Succeeded);
        Assert.Equal(
            ["#" + _world.Tickets.Alex.Id + " Alex Agent -> #" + _world.Tickets.Morgan.Id + " Morgan Manager", "#" + _world.Tickets.Morgan.Id + " Morgan Manager -> #" + _world.Tickets.Jonas.Id + " Jonas Weber"],
            (await _world.AuditAsync()).Select(e => $"{e.OldValue} -> {e.NewValue}"));
    }

    private static IAssignmentService Resolve(IServiceProvider services) =>
        (IAssignmentService)services.GetService(typeof(IAssignmentService))!;
}
