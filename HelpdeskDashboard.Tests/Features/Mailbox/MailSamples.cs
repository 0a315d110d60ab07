using System.Text;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Utils;

namespace HelpdeskDashboard.Tests.Features.Mailbox;

/// <summary>Received mails as real clients send them, built with MimeKit and written out as bytes.</summary>
internal static class MailSamples
{
    public static MimeMessage Plain(string from, string subject, string text, string? messageId = null)
    {
        var message = new MimeMessage { Subject = subject, MessageId = messageId ?? MimeUtils.GenerateMessageId("client.example") };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("support@demo.local"));
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    public static MimeMessage WithAttachment(string from, string subject, string text, string fileName, byte[] bytes, string? messageId = null)
    {
        var message = Plain(from, subject, text, messageId);
        var body = new BodyBuilder { TextBody = text };
        body.Attachments.Add(fileName, bytes);
        message.Body = body.ToMessageBody();
        return message;
    }

    public static MimeMessage Alternative(string from, string text, string html)
    {
        var message = Plain(from, "Alternative", text);
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    public static MimeMessage HtmlOnly(string from, string html)
    {
        var message = Plain(from, "HTML only", "");
        message.Body = new TextPart("html") { Text = html };
        return message;
    }

    /// <summary>ISO-8859-1, quoted-printable, as older Outlook versions send.</summary>
    public static MimeMessage Latin1QuotedPrintable(string from, string text)
    {
        var message = Plain(from, "Umlaute", "");
        var part = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.Latin1, text);
        message.Body = part;
        return message;
    }

    /// <summary>A forwarded mail travels as message/rfc822.</summary>
    public static MimeMessage Forward(string from, string text, MimeMessage forwarded)
    {
        var message = Plain(from, "Fwd: " + forwarded.Subject, text);
        message.Body = new Multipart("mixed") { new TextPart("plain") { Text = text }, new MessagePart { Message = forwarded } };
        return message;
    }

    /// <summary>multipart/signed with a detached S/MIME signature part (the signature bytes need not verify here).</summary>
    public static MimeMessage Signed(string from, string text)
    {
        var message = Plain(from, "Signed", text);
        var signed = new MultipartSigned();
        signed.Add(new TextPart("plain") { Text = text });
        signed.Add(new ApplicationPkcs7Signature(new MemoryStream([1, 2, 3])));
        message.Body = signed;
        return message;
    }

    /// <summary>An RFC 3464 delivery status notification about <paramref name="originalMessageId"/>.</summary>
    public static MimeMessage Bounce(string originalMessageId, string recipient)
    {
        var message = new MimeMessage { Subject = "Undelivered Mail Returned to Sender", MessageId = MimeUtils.GenerateMessageId("mx.example") };
        message.From.Add(new MailboxAddress("Mail Delivery System", "MAILER-DAEMON@mx.example"));
        message.To.Add(MailboxAddress.Parse("helpdesk@demo.local"));
        message.Headers.Add("Auto-Submitted", "auto-replied");
        var status = new MessageDeliveryStatus();
        var perMessage = new HeaderList { { "Reporting-MTA", "dns; mx.example" } };
        var perRecipient = new HeaderList
        {
            { "Final-Recipient", $"rfc822; {recipient}" },
            { "Action", "failed" },
            { "Status", "5.1.1" },
            { "Diagnostic-Code", "smtp; 550 5.1.1 User unknown" },
        };
        status.StatusGroups.Add(perMessage);
        status.StatusGroups.Add(perRecipient);
        var original = new MimeMessage { MessageId = originalMessageId, Subject = "[#12] Printer" };
        original.From.Add(MailboxAddress.Parse("helpdesk@demo.local"));
        var headersOnly = new TextRfc822Headers { Message = original };
        var report = new MultipartReport("delivery-status")
        {
            new TextPart("plain") { Text = $"Your message to {recipient} could not be delivered." },
            status,
            headersOnly,
        };
        message.Body = report;
        return message;
    }

    public static MemoryStream Bytes(MimeMessage message)
    {
        var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        return stream;
    }
}
