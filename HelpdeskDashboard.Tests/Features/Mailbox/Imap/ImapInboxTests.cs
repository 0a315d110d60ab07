using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Mailbox.Sources;
using HelpdeskDashboard.Features.Notifications.Email;
using MailKit;
using MailKit.Security;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Mailbox.Imap;

/// <summary>The IMAP reader against a real Dovecot: what it hands over, how it marks it, and what a restart reads.</summary>
[Collection(DovecotCollection.Name)]
public sealed class ImapInboxTests(DovecotServer server) : IAsyncLifetime
{
    private readonly List<string> _handedOver = [];

    public async ValueTask InitializeAsync() => await server.ClearAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Every_waiting_message_is_handed_over_once_and_then_flagged_seen_and_processed()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.AppendAsync(Mail("first@customer.test"), ct);
        await server.AppendAsync(Mail("second@customer.test"), ct);

        var handled = await Inbox().ProcessAsync(RecordAsync, ct);

        Assert.Equal(2, handled);
        Assert.Equal(["first@customer.test", "second@customer.test"], _handedOver.Order());
        var stored = await server.ReadFlagsAsync(ct);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, m =>
        {
            Assert.True(m.Flags.HasFlag(MessageFlags.Seen), $"{m.MessageId} is not \\Seen");
            Assert.Contains(ImapInbox.ProcessedKeyword, m.Keywords);
        });
    }

    [Fact]
    public async Task A_run_after_a_restart_hands_over_nothing_already_processed()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.AppendAsync(Mail("once@customer.test"), ct);
        await Inbox().ProcessAsync(RecordAsync, ct);
        _handedOver.Clear();

        var handled = await Inbox().ProcessAsync(RecordAsync, ct);

        Assert.Equal(0, handled);
        Assert.Empty(_handedOver);
    }

    [Fact]
    public async Task With_a_processed_folder_the_message_moves_there_and_the_inbox_is_left_empty()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.CreateFolderAsync("Processed", ct);
        await server.AppendAsync(Mail("moved@customer.test"), ct);

        var handled = await Inbox(processedFolder: "Processed").ProcessAsync(RecordAsync, ct);

        Assert.Equal(1, handled);
        Assert.Equal(["moved@customer.test"], _handedOver);
        Assert.Empty(await server.ReadFlagsAsync(ct));
        var moved = Assert.Single(await server.ReadFlagsAsync(ct, "Processed"));
        Assert.Equal("moved@customer.test", moved.MessageId);
        Assert.Contains(ImapInbox.ProcessedKeyword, moved.Keywords);
        Assert.Contains("Processed", await server.ListFoldersAsync(ct));
    }

    [Fact]
    public async Task A_message_arriving_after_a_run_is_picked_up_by_the_next_run_alone()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.AppendAsync(Mail("early@customer.test"), ct);
        await Inbox().ProcessAsync(RecordAsync, ct);
        await server.AppendAsync(Mail("late@customer.test"), ct);
        _handedOver.Clear();

        var handled = await Inbox().ProcessAsync(RecordAsync, ct);

        Assert.Equal(1, handled);
        Assert.Equal(["late@customer.test"], _handedOver);
        Assert.All(await server.ReadFlagsAsync(ct), m => Assert.Contains(ImapInbox.ProcessedKeyword, m.Keywords));
    }

    [Fact]
    public async Task A_wrong_password_fails_the_run_with_an_authentication_error_and_flags_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.AppendAsync(Mail("waiting@customer.test"), ct);

        await Assert.ThrowsAsync<AuthenticationException>(() => Inbox(password: "wrong").ProcessAsync(RecordAsync, ct));

        Assert.Empty(_handedOver);
        var waiting = Assert.Single(await server.ReadFlagsAsync(ct));
        Assert.False(waiting.Flags.HasFlag(MessageFlags.Seen));
        Assert.DoesNotContain(ImapInbox.ProcessedKeyword, waiting.Keywords);
    }

    private ImapInbox Inbox(string? processedFolder = null, string? password = null) =>
        new(Microsoft.Extensions.Options.Options.Create(new InboundOptions
        {
            Source = InboundSource.Imap,
            Imap = new ImapOptions
            {
                Host = server.Host,
                Port = server.Port,
                Security = SmtpSecurity.None,
                UserName = server.UserName,
                Password = password ?? server.Password,
                Mailbox = "INBOX",
                ProcessedFolder = processedFolder,
            },
        }));

    private Task<InboundResult> RecordAsync(Stream stream, CancellationToken cancellationToken)
    {
        _handedOver.Add(MimeMessage.Load(stream, cancellationToken).MessageId ?? "(none)");
        return Task.FromResult(new InboundResult(InboundOutcome.NewTicket, 1, null));
    }

    private static MimeMessage Mail(string messageId) => new()
    {
        From = { new MailboxAddress("Customer", "customer@customer.test") },
        To = { new MailboxAddress("Support", "support@helpdesk.test") },
        Subject = $"Question {messageId}",
        MessageId = messageId,
        Body = new TextPart("plain") { Text = "Hello, something is broken." },
    };
}
