using MimeKit;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// Writes each message as "{Message-Id}.eml" into a folder, for running without a mail server. The name is fixed
/// per outbox row, so delivering the same message twice overwrites one file instead of making two.
/// </summary>
public sealed class PickupFolderMailTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var target = Path.Combine(Folder, $"{message.MessageId}.eml");

        // Write aside and move, so a reader polling the folder never sees half a message.
        var partial = target + ".partial";
        await using (var stream = File.Create(partial))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(partial, target, overwrite: true);
    }
}
