using System.Security.Claims;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Support;

namespace HelpdeskDashboard.Tests.Features.Tickets.Workflow;

/// <summary>Refused input: a clear message, nothing written, nothing published.</summary>
public sealed class TicketWorkflowValidationTests : IAsyncLifetime
{
    private static readonly string TooLongBody = new('x', 20_001);
    private static readonly DateOnly Today = new(2026, 5, 13);

    private static readonly Dictionary<string, (string Who, Func<ITicketWorkflow, int, Task<CommandResult<int>>> Run, string Error)> Cases = new()
    {
        ["empty reply"] = ("Alex", (w, id) => w.ReplyAsync(new ReplyToTicket(id, 0, "", false)), "Write a message."),
        ["internal note of spaces only"] = ("Alex", (w, id) => w.ReplyAsync(new ReplyToTicket(id, 0, "   ", true)), "Write a message."),
        ["reply of 20,001 characters"] = ("Alex", (w, id) => w.ReplyAsync(new ReplyToTicket(id, 0, TooLongBody, false)),
            "A message can be at most 20000 characters; it has 20001."),
        ["empty customer message"] = ("Anna", (w, id) => w.PostCustomerMessageAsync(new PostCustomerMessage(id, 0, "")), "Write a message."),
        ["customer message of 20,001 characters"] = ("Anna", (w, id) => w.PostCustomerMessageAsync(new PostCustomerMessage(id, 0, TooLongBody)),
            "A message can be at most 20000 characters; it has 20001."),
        ["status back to New"] = ("Alex", (w, id) => w.ChangeStatusAsync(new ChangeTicketStatus(id, 0, TicketStatus.New)),
            "A ticket cannot go back to New; set it to Open instead."),
        ["status that does not exist"] = ("Alex", (w, id) => w.ChangeStatusAsync(new ChangeTicketStatus(id, 0, (TicketStatus)42)), "Choose a status."),
        ["assignment reason of 1,001 characters"] = ("Morgan", (w, id) => w.AssignAsync(new AssignTicket(id, 0, null, new string('r', 1001))),
            "The reason can be at most 1000 characters; it has 1001."),
        ["assignment to agent 0"] = ("Morgan", (w, id) => w.AssignAsync(new AssignTicket(id, 0, 0)), "Choose an agent."),
    };

    private TicketTestWorld _world = null!;
    private int _ticketId;

    public static TheoryData<string> CaseLabels => [.. Cases.Keys];

    public async ValueTask InitializeAsync()
    {
        _world = await TicketTestWorld.CreateAsync();
        _ticketId = await _world.OpenTicketAsync(_world.Gold, "Touch panel unresponsive", assignee: _world.Alex);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [MemberData(nameof(CaseLabels))]
    public async Task Invalid_input_is_refused_with_its_message_and_nothing_is_written(string label)
    {
        var (who, run, error) = Cases[label];
        var before = await _world.StateAsync();

        var result = await _world.RunAsync(_world.SignedIn(who), w => run(w, _ticketId));

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal([error], result.Errors);
        Assert.Equal(before, await _world.StateAsync());
        Assert.Empty(_world.Published);
    }

    public static TheoryData<string, string, TicketStatus, bool, string?> StatusDependentCases => new()
    {
        { "agent's public reply on a closed ticket", "Alex", TicketStatus.Closed, false, "Ticket #{0} is closed; reopen it before replying to the customer (internal notes are still possible)." },
        { "agent's internal note on a closed ticket", "Alex", TicketStatus.Closed, true, null },
        { "agent's public reply on a resolved ticket", "Alex", TicketStatus.Resolved, false, null },
        { "customer message on a closed ticket", "Anna", TicketStatus.Closed, false, "Ticket #{0} is closed; please open a new ticket." },
    };

    [Theory]
    [MemberData(nameof(StatusDependentCases))]
    public async Task Messages_on_finished_tickets_follow_the_documented_rules(string label, string who, TicketStatus finished, bool internalNote, string? error)
    {
        await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, finished)));
        var before = await _world.StateAsync();
        var user = _world.SignedIn(who);

        var result = await _world.RunAsync(user, w => IsCustomer(user)
            ? w.PostCustomerMessageAsync(new PostCustomerMessage(_ticketId, 1, "Hello again"))
            : w.ReplyAsync(new ReplyToTicket(_ticketId, 1, "Hello again", internalNote)));

        if (error is null)
        {
            Assert.True(result.Succeeded, $"{label}: {string.Join(" ", result.Errors)}");
        }
        else
        {
            Assert.Equal(CommandOutcome.Invalid, result.Outcome);
            Assert.Equal([string.Format(System.Globalization.CultureInfo.InvariantCulture, error, _ticketId)], result.Errors);
            Assert.Equal(before, await _world.StateAsync());
        }
    }

    [Fact]
    public async Task Status_change_the_rules_refuse_is_invalid_and_writes_nothing()
    {
        await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 0, TicketStatus.Closed)));
        var before = await _world.StateAsync();

        var result = await _world.RunAsync(_world.AlexSignedIn, w => w.ChangeStatusAsync(new ChangeTicketStatus(_ticketId, 1, TicketStatus.OnHold)));

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(["A closed ticket can only be reopened (Open), not set to On hold."], result.Errors);
        Assert.Equal(before, await _world.StateAsync());
    }

    private static bool IsCustomer(ClaimsPrincipal user) => user.IsInRole(HelpdeskDashboard.Features.Accounts.Roles.Customer);
}
