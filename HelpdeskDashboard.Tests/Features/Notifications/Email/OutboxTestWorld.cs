using System.Collections.Concurrent;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

/// <summary>A migrated SQLite file, a fake clock, e-mail options and helpers to queue and read outbox messages.</summary>
internal sealed class OutboxTestWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 5, 13, 8, 0, 0, TimeSpan.Zero);

    private OutboxTestWorld(RacingTestDatabase database) => Database = database;

    public RacingTestDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public EmailOptions Options { get; } = new()
    {
        From = "helpdesk@example.com",
        Delivery = new DeliveryOptions { MaxAttempts = 4, FirstRetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromMinutes(5) },
    };

    public OutboxWriter Writer => new(Time);

    public static async Task<OutboxTestWorld> CreateAsync() => new(await RacingTestDatabase.CreateAsync());

    public OutboxDispatcher Dispatcher(IMailTransport transport) =>
        new(Database, transport, Database.Files, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<OutboxDispatcher>.Instance);

    public SmtpMailTransport Smtp(int port)
    {
        Options.Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, TimeoutSeconds = 10 };
        return new SmtpMailTransport(Microsoft.Extensions.Options.Options.Create(Options));
    }

    /// <summary>Queues messages to "user{n}@example.com" through the writer and commits them.</summary>
    public async Task<List<long>> QueueAsync(int count, string subjectPrefix = "Your tier changed")
    {
        await using var db = Database.CreateDbContext();
        for (var n = 1; n <= count; n++)
        {
            Assert.True(await Writer.TryAddAsync(db, Message(n, subjectPrefix), TestContext.Current.CancellationToken));
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return [.. db.OutboxMessages.Local.Select(m => m.Id).Order()];
    }

    public static NewOutboxMessage Message(int n, string subjectPrefix = "Your tier changed", string? key = null) => new(
        $"user{n}@example.com",
        $"{subjectPrefix} #{n}",
        $"<p>Hello <strong>customer {n}</strong></p>",
        $"Hello customer {n}",
        key);

    public async Task<OutboxMessage> ReadAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken);
    }

    public async Task<List<OutboxMessage>> ReadAllAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

/// <summary>Records what it is given; fails while <see cref="Failing"/> is set.</summary>
internal sealed class RecordingTransport : IMailTransport
{
    public ConcurrentQueue<MimeMessage> Sent { get; } = new();

    public bool Failing { get; set; }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        // Lets a racing dispatcher run between this one's claim and its send.
        await Task.Yield();
        if (Failing)
        {
            throw new IOException("Connection refused by the test.");
        }

        Sent.Enqueue(message);
    }
}
