using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Mailbox.Sources;

/// <summary>
/// Reads <c>*.eml</c> files from <see cref="InboundOptions.DropFolder"/>, oldest first, and moves each into
/// <c>processed/</c> or (when it could not be read as a mail) <c>rejected/</c> beside it, so nothing is read twice.
/// Whoever drops files writes them under another name and renames them to .eml when complete; a file still open for
/// writing is left for the next round.
/// </summary>
public sealed class DropFolderInbox(
    IOptions<InboundOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<DropFolderInbox> logger)
{
    public string Folder => Path.GetFullPath(options.Value.DropFolder, environment.ContentRootPath);

    /// <summary>Processes up to a batch of files; the count of files handled.</summary>
    public async Task<int> ProcessAsync(Func<Stream, CancellationToken, Task<InboundResult>> process, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        var folder = Folder;
        Directory.CreateDirectory(folder);
        var files = new DirectoryInfo(folder).EnumerateFiles("*.eml").OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name).Take(options.Value.BatchSize).ToList();
        var handled = 0;
        foreach (var file in files)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.None, 81920, useAsync: true);
            }
            catch (IOException error) when (error is not FileNotFoundException)
            {
                // Only the opening: an I/O error while processing is a real failure, not a file still being written.
                logger.LogDebug(error, "{File} is still being written; next round.", file.Name);
                continue;
            }

            InboundResult result;
            await using (stream)
            {
                result = await process(stream, cancellationToken);
            }

            var target = Path.Combine(folder, result.Outcome == InboundOutcome.Rejected ? "rejected" : "processed");
            Directory.CreateDirectory(target);
            File.Move(file.FullName, Path.Combine(target, $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{file.Name}"), overwrite: true);
            handled++;
        }

        return handled;
    }
}
