using HelpdeskDashboard.Features.Notifications.Email;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Mailbox.Sources;

/// <summary>
/// Reads the support mailbox over IMAP with MailKit: every message not yet carrying the <see cref="ProcessedKeyword"/>
/// is processed, then flagged with it (and \Seen), and moved to <see cref="ImapOptions.ProcessedFolder"/> when one is
/// configured. The flag lives on the server, so a restart reads nothing twice; the Message-Id claim in the database
/// catches the window between processing and flagging.
/// </summary>
public sealed class ImapInbox(IOptions<InboundOptions> options)
{
    public const string ProcessedKeyword = "$HelpdeskProcessed";

    public async Task<int> ProcessAsync(Func<Stream, CancellationToken, Task<InboundResult>> process, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        var settings = options.Value;
        var imap = settings.Imap;
        using var client = new ImapClient { Timeout = imap.TimeoutSeconds * 1000 };
        await client.ConnectAsync(imap.Host ?? "", imap.Port, imap.Security.ToMailKit(), cancellationToken);
        await client.AuthenticateAsync(imap.UserName ?? "", imap.Password ?? "", cancellationToken);
        var folder = await client.GetFolderAsync(imap.Mailbox, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var destination = string.IsNullOrWhiteSpace(imap.ProcessedFolder) ? null : await client.GetFolderAsync(imap.ProcessedFolder, cancellationToken);

        var pending = await folder.SearchAsync(SearchQuery.NotKeyword(ProcessedKeyword), cancellationToken);
        var handled = 0;
        foreach (var uid in pending.Take(settings.BatchSize))
        {
            await using (var stream = await folder.GetStreamAsync(uid, cancellationToken))
            {
                await process(stream, cancellationToken);
            }

            await folder.StoreAsync(uid, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Keywords = { ProcessedKeyword }, Silent = true }, cancellationToken);
            if (destination is not null)
            {
                await folder.MoveToAsync(uid, destination, cancellationToken);
            }

            handled++;
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return handled;
    }
}
