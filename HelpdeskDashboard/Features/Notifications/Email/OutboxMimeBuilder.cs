using MimeKit;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// Turns an outbox row into the MIME message that is sent: plain text with an HTML alternative, the row's files
/// attached, and the headers mail clients thread by.
/// </summary>
public static class OutboxMimeBuilder
{
    /// <param name="openContent">Opens a stored file by SHA-256 (null when it is gone); the streams end with the message.</param>
    public static MimeMessage Build(OutboxMessage message, EmailOptions options, Func<string, Stream?>? openContent = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);

        var from = new MailboxAddress(options.FromName, options.From);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = new DateTimeOffset(message.CreatedUtcTicks, TimeSpan.Zero),
            // The outbox id is the Message-Id, so a re-sent copy (see OutboxDispatcher) carries the same id and a
            // receiver can drop it as a duplicate.
            MessageId = MessageIdFor(message.Id, options.From),
        };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(new MailboxAddress(options.FromName, replyTo));
        }

        if (message.TicketId is { } ticketId)
        {
            // Every mail of a ticket answers the same (never sent) root, so clients show one conversation and a
            // customer's reply names the ticket even when the subject was edited.
            var root = ThreadIdFor(ticketId, options.From);
            mime.InReplyTo = root;
            mime.References.Add(root);
        }

        if (message.IsAutomatic)
        {
            mime.Headers.Add("Auto-Submitted", "auto-generated");
            mime.Headers.Add("X-Auto-Response-Suppress", "All"); // Exchange: no out-of-office replies to notifications
        }

        // Text first: multipart/alternative lists parts from plainest to richest.
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var file in message.Attachments)
        {
            if (openContent?.Invoke(file.Sha256) is not { } stream)
            {
                throw new FileNotFoundException($"The attachment \"{file.FileName}\" ({file.Sha256}) is missing from the file store.");
            }

            body.Attachments.Add(new MimePart(ContentType.Parse(file.ContentType))
            {
                Content = new MimeContent(stream),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            });
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>"outbox-42@example.com": stable per outbox row, in the sender's domain.</summary>
    public static string MessageIdFor(long outboxId, string fromAddress) => $"outbox-{outboxId}@{Domain(fromAddress)}";

    /// <summary>"ticket-12@example.com": the root every mail about ticket 12 refers to.</summary>
    public static string ThreadIdFor(int ticketId, string fromAddress) => $"ticket-{ticketId}@{Domain(fromAddress)}";

    public static string Domain(string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(fromAddress);
        var at = fromAddress.LastIndexOf('@');
        return at >= 0 ? fromAddress[(at + 1)..] : "helpdesk.local";
    }
}
