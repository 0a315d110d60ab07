using FluentValidation;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Outbox;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Notifications.Email;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Notifications.Outbox;

public sealed class OutboxAdminTests : IAsyncLifetime
{
    private OutboxTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal OutboxAdmin AdminFor(FakeCurrentUser user) =>
        new(_world.Database, user, _world.Time, new OutboxListQueryValidator(), new RetryOutboxMessageValidator());

    /// <summary>Sets the stored status of messages directly, as a dispatcher would have left them.</summary>
    internal static async Task SetStatusAsync(OutboxTestWorld world, long id, OutboxStatus status, int attempts = 6, string? error = "SmtpCommandException: 550 mailbox unavailable")
    {
        await using var db = world.Database.CreateDbContext();
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.Status, status).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error), Ct);
    }

    [Fact]
    public async Task Listing_filters_by_status_pages_newest_first_and_counts_every_status()
    {
        var ids = await _world.QueueAsync(5);
        await SetStatusAsync(_world, ids[0], OutboxStatus.Failed);
        await SetStatusAsync(_world, ids[1], OutboxStatus.Sent, attempts: 1, error: null);

        var pending = await AdminFor(FakeCurrentUser.Manager()).ListAsync(new OutboxListQuery(OutboxStatus.Pending, Page: 2, PageSize: 2), Ct);

        Assert.Equal(3, pending.TotalCount);
        Assert.Equal(2, pending.PageCount);
        Assert.Equal([ids[2]], pending.Rows.Select(r => r.Id));
        Assert.Equal(3, pending.CountsByStatus[OutboxStatus.Pending]);
        Assert.Equal(1, pending.CountsByStatus[OutboxStatus.Failed]);
        Assert.Equal(1, pending.CountsByStatus[OutboxStatus.Sent]);
        Assert.Equal(OutboxTestWorld.Start, pending.Rows[0].NextAttempt);
    }

    [Fact]
    public async Task Agent_may_not_list_the_outbox()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => AdminFor(FakeCurrentUser.Agent()).ListAsync(new OutboxListQuery(), Ct));
    }

    [Fact]
    public async Task Page_size_over_the_limit_is_refused()
    {
        await Assert.ThrowsAsync<ValidationException>(() =>
            AdminFor(FakeCurrentUser.Manager()).ListAsync(new OutboxListQuery(PageSize: OutboxListQuery.MaxPageSize + 1), Ct));
    }

    [Fact]
    public async Task Retrying_a_failed_message_makes_it_pending_and_due_now_with_fresh_attempts()
    {
        var id = (await _world.QueueAsync(1))[0];
        await SetStatusAsync(_world, id, OutboxStatus.Failed);
        _world.Time.Advance(TimeSpan.FromHours(3));

        var result = await AdminFor(FakeCurrentUser.Manager()).RetryAsync(new RetryOutboxMessage(id), Ct);

        Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
        var stored = await _world.ReadAsync(id);
        Assert.Equal((OutboxStatus.Pending, 0, _world.Time.GetUtcNow().UtcTicks), (stored.Status, stored.Attempts, stored.NextAttemptUtcTicks));
        Assert.Equal("SmtpCommandException: 550 mailbox unavailable", stored.LastError);
    }

    public static TheoryData<string, OutboxStatus?, long, CommandOutcome, string> RefusedRetries() => new()
    {
        { "already sent", OutboxStatus.Sent, 0, CommandOutcome.Conflict, "is sent, not failed" },
        { "still pending", OutboxStatus.Pending, 0, CommandOutcome.Conflict, "is pending, not failed" },
        { "unknown id", null, 999, CommandOutcome.NotFound, "There is no message #999" },
        { "no id", null, -1, CommandOutcome.Invalid, "Choose a message to retry" },
    };

    [Theory]
    [MemberData(nameof(RefusedRetries))]
    public async Task Retry_is_refused_with_a_clear_message(string label, OutboxStatus? status, long otherId, CommandOutcome expected, string message)
    {
        _ = label;
        var id = (await _world.QueueAsync(1))[0];
        if (status is { } s)
        {
            await SetStatusAsync(_world, id, s);
        }

        var result = await AdminFor(FakeCurrentUser.Manager()).RetryAsync(new RetryOutboxMessage(otherId == 0 ? id : otherId), Ct);

        Assert.Equal(expected, result.Outcome);
        Assert.Contains(message, Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(status ?? OutboxStatus.Pending, (await _world.ReadAsync(id)).Status);
    }

    [Fact]
    public async Task Agent_may_not_retry_and_nothing_changes()
    {
        var id = (await _world.QueueAsync(1))[0];
        await SetStatusAsync(_world, id, OutboxStatus.Failed);

        var result = await AdminFor(FakeCurrentUser.Agent()).RetryAsync(new RetryOutboxMessage(id), Ct);

        Assert.Equal(CommandOutcome.Forbidden, result.Outcome);
        Assert.Equal(OutboxStatus.Failed, (await _world.ReadAsync(id)).Status);
    }
}
