using FluentValidation;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Files;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>
/// Checks and stores the files of one message before the message is saved: the list first (count, types, declared
/// sizes), then each file streamed into the <see cref="ContentStore"/> with the per-file and per-message limits applied
/// to the bytes actually read, and its type sniffed from the stored bytes.
/// </summary>
public sealed class AttachmentIntake(ContentStore store, IValidator<IReadOnlyList<IncomingFile>> validator, IOptions<AttachmentOptions> options)
{
    public async Task<CommandResult<IReadOnlyList<StoredAttachment>>> StoreAsync(IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return CommandResult<IReadOnlyList<StoredAttachment>>.Ok([]);
        }

        if (await validator.RefusalAsync<IReadOnlyList<IncomingFile>, IReadOnlyList<StoredAttachment>>(files, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var limits = options.Value;
        var stored = new List<StoredAttachment>(files.Count);
        long total = 0;
        foreach (var file in files)
        {
            var name = AttachmentFileName.Clean(file.Name);
            var allowed = Math.Min(limits.MaxFileBytes, limits.MaxMessageBytes - total);
            StoredContent content;
            try
            {
                await using var source = file.Open();
                content = await store.SaveAsync(source, allowed, cancellationToken);
            }
            catch (IOException error) when (error is not FileNotFoundException)
            {
                // A browser that went away mid-upload, or a file larger than it said.
                return CommandResult<IReadOnlyList<StoredAttachment>>.Invalid([$"\"{name}\" could not be read completely; please attach it again."]);
            }
            catch (ContentTooLargeException)
            {
                return CommandResult<IReadOnlyList<StoredAttachment>>.Invalid([allowed < limits.MaxFileBytes
                    ? $"The files add up to more than {AttachmentSize.Text(limits.MaxMessageBytes)}, the most one message can carry; \"{name}\" is one too many."
                    : $"\"{name}\" is larger than {AttachmentSize.Text(limits.MaxFileBytes)}, the most one file can be."]);
            }

            total += content.Length;
            stored.Add(new StoredAttachment(name, await SniffAsync(content.Sha256, cancellationToken), content.Length, content.Sha256));
        }

        return CommandResult<IReadOnlyList<StoredAttachment>>.Ok(stored);
    }

    private async Task<string> SniffAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var stream = store.OpenRead(sha256);
        if (stream is null)
        {
            return ContentSniffer.Unknown;
        }

        var head = new byte[ContentSniffer.HeadLength];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return ContentSniffer.Sniff(head.AsSpan(0, read));
    }
}
