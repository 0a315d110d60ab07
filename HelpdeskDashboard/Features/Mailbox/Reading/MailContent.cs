using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using MimeKit;
using MimeKit.Cryptography;

namespace HelpdeskDashboard.Features.Mailbox.Reading;

/// <summary>
/// What a received mail says and carries: the text (plain text preferred; HTML-only turned into text; quoted history
/// cut) and its files, each opened from the parsed mail as a stream when it is stored. Signatures (S/MIME, PGP) are
/// not files for people; a forwarded mail travels as an .eml file. Files that would certainly be refused (a refused
/// type, clearly larger than the limit, too many) are left out and named at the end of the text, so the rest of the
/// mail still arrives.
/// </summary>
public sealed record MailContent(string Text, IReadOnlyList<IncomingFile> Files, IReadOnlyList<string> LeftOut)
{
    public const string NoText = "(The mail had no text.)";

    public static MailContent Read(MimeMessage message, AttachmentOptions limits)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(limits);
        var text = message.TextBody is { } plain && !string.IsNullOrWhiteSpace(plain)
            ? HtmlText.Tidy(plain)
            : message.HtmlBody is { } html ? HtmlText.ToText(html) : "";
        text = QuoteCutter.Cut(text);

        var files = new List<IncomingFile>();
        var leftOut = new List<string>();
        // A forward sent inline (message/rfc822 without "attachment") is a file all the same.
        var entities = message.Attachments.Concat(message.BodyParts.OfType<MessagePart>().Where(p => p is not TextRfc822Headers)).Distinct();
        foreach (var entity in entities)
        {
            switch (entity)
            {
                case ApplicationPkcs7Signature or MultipartSigned:
                    continue;
                case MimePart part when part.ContentType.IsMimeType("application", "pgp-signature"):
                    continue;
                case MimePart part:
                    var name = AttachmentFileName.Clean(part.FileName ?? part.ContentType.Name ?? AttachmentFileName.Fallback);
                    var estimate = EstimatedSize(part);
                    if (limits.IsRefused(name))
                    {
                        leftOut.Add($"{name} (files of type .{AttachmentFileName.Extension(name)} are refused)");
                    }
                    else if (estimate > limits.MaxFileBytes)
                    {
                        leftOut.Add($"{name} ({AttachmentSize.Text(estimate)}, more than {AttachmentSize.Text(limits.MaxFileBytes)})");
                    }
                    else
                    {
                        files.Add(new IncomingFile(name, estimate, () => part.Content?.Open() ?? Stream.Null));
                    }

                    break;
                case MessagePart forwarded when forwarded.Message is { } inner:
                    var forwardedName = AttachmentFileName.Clean((inner.Subject is { Length: > 0 } s ? s : "forwarded mail") + ".eml");
                    files.Add(new IncomingFile(forwardedName, null, () =>
                    {
                        var copy = new MemoryStream();
                        inner.WriteTo(copy);
                        copy.Position = 0;
                        return copy;
                    }));
                    break;
            }
        }

        while (files.Count > limits.MaxFilesPerMessage)
        {
            leftOut.Add($"{files[^1].Name} (more than {limits.MaxFilesPerMessage} files)");
            files.RemoveAt(files.Count - 1);
        }

        while (files.Sum(f => f.DeclaredSize ?? 0) > limits.MaxMessageBytes)
        {
            leftOut.Add($"{files[^1].Name} (the files add up to more than {AttachmentSize.Text(limits.MaxMessageBytes)})");
            files.RemoveAt(files.Count - 1);
        }

        if (text.Length == 0)
        {
            text = NoText;
        }

        if (leftOut.Count > 0)
        {
            text += "\n\n[Not attached: " + string.Join("; ", leftOut) + "]";
        }

        if (text.Length > TicketLimits.BodyMaxLength)
        {
            const string cut = "\n\n[The mail was longer; the rest was cut.]";
            text = text[..(TicketLimits.BodyMaxLength - cut.Length)] + cut;
        }

        return new MailContent(text, files, leftOut);
    }

    /// <summary>The decoded size: base64 takes 4 bytes for every 3.</summary>
    private static long EstimatedSize(MimePart part)
    {
        var encoded = part.Content?.Stream is { CanSeek: true } stream ? stream.Length : 0;
        return part.ContentTransferEncoding == ContentEncoding.Base64 ? encoded * 3 / 4 : encoded;
    }
}
