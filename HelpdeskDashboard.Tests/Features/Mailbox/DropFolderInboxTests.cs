using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Mailbox.Sources;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Mailbox;

public sealed class DropFolderInboxTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpdesk-tests", $"inbox-{Guid.NewGuid():N}");

    private DropFolderInbox Inbox => new(
        Options.Create(new InboundOptions { Source = InboundSource.DropFolder, DropFolder = "mail-inbox", BatchSize = 10 }),
        new HostingEnvironment { ContentRootPath = _root },
        new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 15, 0, TimeSpan.Zero)),
        NullLogger<DropFolderInbox>.Instance);

    [Fact]
    public async Task Each_eml_file_is_read_once_oldest_first_and_moved_to_processed_or_rejected()
    {
        var folder = Inbox.Folder;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "b.eml"), "second", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "b.eml"), DateTime.UtcNow.AddMinutes(-1));
        await File.WriteAllTextAsync(Path.Combine(folder, "a.eml"), "first", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "a.eml"), DateTime.UtcNow.AddMinutes(-2));
        await File.WriteAllTextAsync(Path.Combine(folder, "c.eml.partial"), "still being written", TestContext.Current.CancellationToken);
        var read = new List<string>();

        var handled = await Inbox.ProcessAsync(async (stream, ct) =>
        {
            var text = await new StreamReader(stream).ReadToEndAsync(ct);
            read.Add(text);
            return new InboundResult(text == "second" ? InboundOutcome.Rejected : InboundOutcome.NewTicket, 1, null);
        }, TestContext.Current.CancellationToken);

        Assert.Equal(2, handled);
        Assert.Equal(["first", "second"], read);
        Assert.Equal(["c.eml.partial"], Directory.EnumerateFiles(folder).Select(Path.GetFileName));
        Assert.Equal("20261204T101500000-a.eml", Path.GetFileName(Assert.Single(Directory.EnumerateFiles(Path.Combine(folder, "processed")))));
        Assert.EndsWith("-b.eml", Assert.Single(Directory.EnumerateFiles(Path.Combine(folder, "rejected"))), StringComparison.Ordinal);

        Assert.Equal(0, await Inbox.ProcessAsync((_, _) => throw new InvalidOperationException("nothing is left to read"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_file_its_writer_still_holds_open_is_left_for_a_later_poll_and_read_whole_once_closed()
    {
        var cancel = TestContext.Current.CancellationToken;
        var folder = Inbox.Folder;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "slow.eml");
        var read = new List<string>();
        async Task<InboundResult> Process(Stream stream, CancellationToken ct)
        {
            read.Add(await new StreamReader(stream).ReadToEndAsync(ct));
            return new InboundResult(InboundOutcome.NewTicket, 1, null);
        }

        // A writer that ignores the rename convention: the file already has its final name while it is written.
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            await writer.WriteAsync("the first half"u8.ToArray(), cancel);
            await writer.FlushAsync(cancel);

            Assert.Equal(0, await Inbox.ProcessAsync(Process, cancel));
            Assert.Empty(read);
            Assert.True(File.Exists(path));

            await writer.WriteAsync(" and the rest"u8.ToArray(), cancel);
        }

        Assert.Equal(1, await Inbox.ProcessAsync(Process, cancel));
        Assert.Equal(["the first half and the rest"], read);
        Assert.False(File.Exists(path));
        Assert.EndsWith("-slow.eml", Assert.Single(Directory.EnumerateFiles(Path.Combine(folder, "processed"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_io_error_while_processing_is_not_taken_for_a_file_still_being_written()
    {
        var folder = Path.Combine(_root, "mail-inbox");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.eml"), "Subject: a\r\n\r\nbody", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<IOException>(() => Inbox.ProcessAsync(
            (_, _) => throw new IOException("content store is full"), TestContext.Current.CancellationToken));

        Assert.Equal("content store is full", error.Message);
        Assert.True(File.Exists(Path.Combine(folder, "a.eml")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
