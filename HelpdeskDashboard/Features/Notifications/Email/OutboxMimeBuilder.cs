using MimeKit;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>Turns an outbox row into the MIME message that is sent: HTML with a plain-text alternative.</summary>
public static class OutboxMimeBuilder
{
    public static MimeMessage Build(OutboxMessage message, EmailOptions options)
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

        // Text first: multipart/alternative lists parts from plainest to richest.
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>"outbox-42@example.com": stable per outbox row, in the sender's domain.</summary>
    public static string MessageIdFor(long outboxId, string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 ? fromAddress[(at + 1)..] : "helpdesk.local";
        return $"outbox-{outboxId}@{domain}";
    }
}
