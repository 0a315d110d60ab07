using HelpdeskDashboard.Features.Mailbox.Reading;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Platform.Files;
using MimeKit;

namespace HelpdeskDashboard.Features.Mailbox.Review;

/// <summary>A kept mail opened again from the content store, so a review decision takes its text and files as they arrived.</summary>
public sealed class ReceivedMailFiles : IDisposable
{
    private readonly Stream _raw;
    private readonly MimeMessage _message;

    private ReceivedMailFiles(Stream raw, MimeMessage message, MailContent content)
    {
        (_raw, _message, Content) = (raw, message, content);
    }

    public MailContent Content { get; }

    public static async Task<ReceivedMailFiles?> OpenAsync(ContentStore store, string? sha256, AttachmentOptions limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (sha256 is null || store.OpenRead(sha256) is not { } raw)
        {
            return null;
        }

        var message = await MimeMessage.LoadAsync(ParserOptions.Default, raw, persistent: true, cancellationToken);
        return new ReceivedMailFiles(raw, message, MailContent.Read(message, limits));
    }

    public void Dispose()
    {
        _message.Dispose();
        _raw.Dispose();
    }
}
