using FluentValidation;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class OutboxWriterTests : IAsyncLifetime
{
    private OutboxTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Added_message_is_not_saved_until_the_callers_change_commits()
    {
        await using var db = _world.Database.CreateDbContext();

        Assert.True(await _world.Writer.TryAddAsync(db, OutboxTestWorld.Message(1), Ct));
        Assert.Empty(await _world.ReadAllAsync());

        await db.SaveChangesAsync(Ct);
        var stored = Assert.Single(await _world.ReadAllAsync());
        Assert.Equal((OutboxStatus.Pending, 0, OutboxTestWorld.Start.UtcTicks), (stored.Status, stored.Attempts, stored.NextAttemptUtcTicks));
    }

    [Fact]
    public async Task Message_with_a_key_already_stored_is_refused()
    {
        await using (var first = _world.Database.CreateDbContext())
        {
            await _world.Writer.TryAddAsync(first, OutboxTestWorld.Message(1, key: "tier-change:customer-7:2026-Q2"), Ct);
            await first.SaveChangesAsync(Ct);
        }

        await using var second = _world.Database.CreateDbContext();
        var added = await _world.Writer.TryAddAsync(second, OutboxTestWorld.Message(2, key: "tier-change:customer-7:2026-Q2"), Ct);

        Assert.False(added);
        Assert.Empty(second.ChangeTracker.Entries<OutboxMessage>());
    }

    [Fact]
    public async Task Message_with_a_key_queued_earlier_in_the_same_context_is_refused()
    {
        await using var db = _world.Database.CreateDbContext();

        Assert.True(await _world.Writer.TryAddAsync(db, OutboxTestWorld.Message(1, key: "hours-80:customer-3:2026-05"), Ct));
        Assert.False(await _world.Writer.TryAddAsync(db, OutboxTestWorld.Message(2, key: "hours-80:customer-3:2026-05"), Ct));
        await db.SaveChangesAsync(Ct);

        Assert.Single(await _world.ReadAllAsync());
    }

    [Fact]
    public async Task Messages_without_a_key_are_never_deduplicated()
    {
        await using var db = _world.Database.CreateDbContext();

        Assert.True(await _world.Writer.TryAddAsync(db, OutboxTestWorld.Message(1), Ct));
        Assert.True(await _world.Writer.TryAddAsync(db, OutboxTestWorld.Message(1), Ct));
        await db.SaveChangesAsync(Ct);

        Assert.Equal(2, (await _world.ReadAllAsync()).Count);
    }

    [Fact]
    public async Task Two_writers_racing_past_the_check_are_stopped_by_the_unique_index()
    {
        await using var first = _world.Database.CreateDbContext();
        await using var second = _world.Database.CreateDbContext();
        Assert.True(await _world.Writer.TryAddAsync(first, OutboxTestWorld.Message(1, key: "same"), Ct));
        Assert.True(await _world.Writer.TryAddAsync(second, OutboxTestWorld.Message(2, key: "same"), Ct));
        await first.SaveChangesAsync(Ct);

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));

        Assert.Single(await _world.ReadAllAsync());
    }

    public static TheoryData<string, NewOutboxMessage, string> Malformed() => new()
    {
        { "no recipient", OutboxTestWorld.Message(1) with { To = "" }, "To" },
        { "recipient is not an address", OutboxTestWorld.Message(1) with { To = "not-an-address" }, "To" },
        { "empty subject", OutboxTestWorld.Message(1) with { Subject = "" }, "Subject" },
        { "subject with a line break", OutboxTestWorld.Message(1) with { Subject = "Hi\r\nBcc: all@example.com" }, "Subject" },
        { "no text part", OutboxTestWorld.Message(1) with { TextBody = "" }, "TextBody" },
        { "no html part", OutboxTestWorld.Message(1) with { HtmlBody = "" }, "HtmlBody" },
        { "blank key", OutboxTestWorld.Message(1, key: "  "), "DeduplicationKey" },
        { "key over 200 characters", OutboxTestWorld.Message(1, key: new string('k', 201)), "DeduplicationKey" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_message_is_refused_naming_the_field(string label, NewOutboxMessage message, string field)
    {
        _ = label;
        await using var db = _world.Database.CreateDbContext();

        var error = await Assert.ThrowsAsync<ValidationException>(() => _world.Writer.TryAddAsync(db, message, Ct));

        Assert.Contains(error.Errors, failure => failure.PropertyName == field);
        Assert.Empty(db.ChangeTracker.Entries<OutboxMessage>());
    }
}
