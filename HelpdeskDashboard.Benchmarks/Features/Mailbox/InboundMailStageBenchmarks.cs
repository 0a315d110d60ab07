using BenchmarkDotNet.Attributes;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Mailbox.Reading;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HelpdeskDashboard.Benchmarks.Features.Mailbox;

/// <summary>
/// Where the time of one mail with a 1 MB attachment goes (see <see cref="InboundMailBenchmarks"/> for the whole):
/// keeping the raw mail (read, SHA-256, write), parsing it (MimeKit, persistent) with the text and file list, storing
/// the attachment (base64 decode, SHA-256, write), and the database part, measured as a whole mail without attachment
/// through the processor (claim, sender and ticket queries, the ticket with its SLA and mails, the outcome), beside
/// one single-row commit on the same database.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 5)]
public class InboundMailStageBenchmarks
{
    private MailBenchApp _app = null!;
    private ContentStore _store = null!;
    private AttachmentOptions _limits = null!;
    private IDbContextFactory<HelpdeskDbContext> _dbFactory = null!;
    private string _sample = "";
    private string _storedSha = "";

    [GlobalSetup]
    public void Setup()
    {
        _app = MailBenchApp.StartAsync().GetAwaiter().GetResult();
        _store = _app.Services.GetRequiredService<ContentStore>();
        _limits = _app.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value;
        _dbFactory = _app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        _sample = Path.Combine(_app.Root, "sample.eml");
        using (var mail = _app.NewMail(MailBenchApp.OneMegabyte))
        {
            mail.WriteTo(_sample);
        }

        using var file = File.OpenRead(_sample);
        _storedSha = _store.SaveAsync(file, long.MaxValue).GetAwaiter().GetResult().Sha256;
        // A row for the single-commit figure.
        ProcessAsync(_app.NewMail(0)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The raw mail (1.4 MB as sent) into the content store, as the processor's first step (the same bytes each time, so the last move is a delete).</summary>
    [Benchmark]
    public async Task<long> Keep_raw_mail()
    {
        await using var file = new FileStream(_sample, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return (await _store.SaveAsync(file, long.MaxValue)).Length;
    }

    [Benchmark]
    public async Task<int> Parse_mail()
    {
        await using var file = _store.OpenRead(_storedSha)!;
        using var message = await MimeMessage.LoadAsync(ParserOptions.Default, file, persistent: true);
        return MailContent.Read(message, _limits).Files.Count;
    }

    /// <summary>Parsing, then the attachment decoded into the content store.</summary>
    [Benchmark]
    public async Task<long> Parse_mail_and_store_attachment()
    {
        await using var file = _store.OpenRead(_storedSha)!;
        using var message = await MimeMessage.LoadAsync(ParserOptions.Default, file, persistent: true);
        await using var attachment = MailContent.Read(message, _limits).Files[0].Open();
        return (await _store.SaveAsync(attachment, long.MaxValue)).Length;
    }

    /// <summary>A mail without attachment through the processor: what is left is mostly the database's part.</summary>
    [Benchmark]
    public async Task<int?> Process_mail_without_attachment()
    {
        using var mail = _app.NewMail(0);
        return await ProcessAsync(mail);
    }

    [Benchmark]
    public async Task<int> One_single_row_commit()
    {
        await using var db = await _dbFactory.CreateDbContextAsync();
        return await db.InboundMails.Where(m => m.Id == 1).ExecuteUpdateAsync(set => set.SetProperty(m => m.Detail, "bench"));
    }

    private async Task<int?> ProcessAsync(MimeMessage mail)
    {
        var raw = new MemoryStream();
        await mail.WriteToAsync(raw);
        raw.Position = 0;
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<InboundMailProcessor>().ProcessAsync(raw, InboundSource.DropFolder);
        return result.Outcome == InboundOutcome.NewTicket ? result.TicketId : throw new InvalidOperationException($"{result.Outcome}: {result.Detail}");
    }
}
