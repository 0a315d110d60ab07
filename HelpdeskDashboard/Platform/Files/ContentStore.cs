using System.Buffers;
using System.Security.Cryptography;

namespace HelpdeskDashboard.Platform.Files;

/// <summary>The address and length of stored bytes.</summary>
public sealed record StoredContent(string Sha256, long Length);

/// <summary>Thrown while storing when the bytes run past the caller's limit; nothing is kept.</summary>
public sealed class ContentTooLargeException(long limit) : Exception($"The content is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}

/// <summary>
/// Content-addressed files under <see cref="FileStoreOptions.Root"/>: bytes are kept once per SHA-256 (lower-case hex)
/// at <c>ab/cd/abcd…</c>, so the same log attached to ten tickets takes the space once and a stored file never changes.
/// Bytes stream through in 80 KB pieces; nothing is held whole in memory.
/// </summary>
/// <remarks>
/// A file is written aside under <c>tmp/</c> while hashed, then moved into place, so a reader never sees half a file
/// and two writers of the same bytes both end with one complete copy. Rows that name a hash are written after the
/// bytes; bytes whose row never commits stay as unreferenced files (harmless; see docs/attachments.md).
/// </remarks>
public sealed class ContentStore(string root)
{
    private const int BufferSize = 81920;

    private readonly string _root = Path.GetFullPath(root);

    /// <summary>The folder everything is kept in.</summary>
    public string Root => _root;

    /// <summary>Reads <paramref name="source"/> to its end; throws <see cref="ContentTooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    public async Task<StoredContent> SaveAsync(Stream source, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var temporaryFolder = Path.Combine(_root, "tmp");
        Directory.CreateDirectory(temporaryFolder);
        var temporary = Path.Combine(temporaryFolder, Guid.NewGuid().ToString("N"));
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw new ContentTooLargeException(maxBytes);
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var final = PathFor(sha);
            if (File.Exists(final))
            {
                File.Delete(temporary);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                File.Move(temporary, final, overwrite: true);
            }

            return new StoredContent(sha, length);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The stored bytes for reading, or null when no file has that address.</summary>
    public Stream? OpenRead(string sha256)
    {
        var path = PathFor(sha256);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true)
            : null;
    }

    private string PathFor(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case SHA-256 in hex.", nameof(sha256));
        }

        return Path.Combine(_root, sha256[..2], sha256[2..4], sha256);
    }
}
