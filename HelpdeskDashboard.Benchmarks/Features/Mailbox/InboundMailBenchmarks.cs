using BenchmarkDotNet.Attributes;
using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Mailbox.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Benchmarks.Features.Mailbox;

/// <summary>
/// Mail in from the drop folder, end to end through the app's own services (built by <c>AddHelpdesk</c> on a SQLite
/// file migrated to the current schema, files in a temporary folder): each mail is stored raw in the content store,
/// parsed, claimed by its Message-Id and, sent by the person of a Gold customer, becomes a new ticket with an SLA and
/// its attachment stored; the file then moves to processed/. Per iteration a batch of mails is written to the drop
/// folder first (not timed) and the timed part reads the folder until it is empty, as the polling job does.
/// </summary>
[MemoryDiagnoser]
// Ten warm-up rounds: with fewer the JIT was still tiering the mail path up during the measured rounds (42 → 20 ms per mail).
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 5)]
public class InboundMailBenchmarks
{
    private const int MailsPerBatch = 50;

    private MailBenchApp _app = null!;
    private DropFolderInbox _inbox = null!;
    private int _expected;

    [GlobalSetup]
    public void Setup()
    {
        _app = MailBenchApp.StartAsync().GetAwaiter().GetResult();
        _inbox = _app.Services.GetRequiredService<DropFolderInbox>();
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(Mails_with_a_1_MB_attachment))]
    public void WriteSmallMails() => WriteMails(MailsPerBatch, MailBenchApp.OneMegabyte);

    [IterationSetup(Target = nameof(Mail_with_a_25_MB_attachment))]
    public void WriteLargeMail() => WriteMails(1, 25 * MailBenchApp.OneMegabyte);

    /// <summary>Processed mails are not kept (the disk would fill with copies); the content store and the database keep everything.</summary>
    [IterationCleanup]
    public void RemoveProcessed() => Directory.Delete(Path.Combine(_inbox.Folder, "processed"), recursive: true);

    /// <summary>The time per mail; mails per second = 1 / mean.</summary>
    [Benchmark(OperationsPerInvoke = MailsPerBatch)]
    public Task<int> Mails_with_a_1_MB_attachment() => ProcessDropFolderAsync();

    /// <summary>One mail: allocated bytes per operation show whether the 25 MB pass through memory.</summary>
    [Benchmark]
    public Task<int> Mail_with_a_25_MB_attachment() => ProcessDropFolderAsync();

    private async Task<int> ProcessDropFolderAsync()
    {
        // One scope per round, as the polling job gets its processor.
        await using var scope = _app.Services.CreateAsyncScope();
        var processor = scope.ServiceProvider.GetRequiredService<InboundMailProcessor>();
        var handled = 0;
        int round;
        while ((round = await _inbox.ProcessAsync(ProcessAsync, CancellationToken.None)) > 0)
        {
            handled += round;
        }

        return handled == _expected ? handled : throw new InvalidOperationException($"{handled} mails processed, {_expected} dropped.");

        async Task<InboundResult> ProcessAsync(Stream raw, CancellationToken cancellationToken)
        {
            var result = await processor.ProcessAsync(raw, InboundSource.DropFolder, cancellationToken);
            // A mail that did not become a ticket would make the figure meaningless.
            return result.Outcome == InboundOutcome.NewTicket
                ? result
                : throw new InvalidOperationException($"Expected a new ticket, got {result.Outcome}: {result.Detail}");
        }
    }

    private void WriteMails(int count, int attachmentBytes)
    {
        var folder = _inbox.Folder;
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            using var message = _app.NewMail(attachmentBytes);
            // Written aside and renamed, as the drop folder expects of whoever drops files.
            var partial = Path.Combine(folder, $"{Guid.NewGuid():N}.tmp");
            message.WriteTo(partial);
            File.Move(partial, Path.ChangeExtension(partial, ".eml"));
        }

        _expected = count;
    }
}
