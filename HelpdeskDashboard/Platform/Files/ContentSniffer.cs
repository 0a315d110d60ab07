namespace HelpdeskDashboard.Platform.Files;

/// <summary>
/// The type a file's first bytes prove, for the few types a browser would render: images, PDF and the archives
/// firmware logs travel in. Anything else is <c>application/octet-stream</c>, so a declared type never decides how a
/// browser treats a download.
/// </summary>
/// <remarks>
/// Written by hand: the maintained sniffers (libmagic wrappers, Mime-Detective) need native libraries or are
/// pre-release, and a download only needs to tell these signatures apart (WHATWG MIME Sniffing, §6).
/// </remarks>
public static class ContentSniffer
{
    public const string Unknown = "application/octet-stream";

    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeadLength = 16;

    private static readonly (string Type, byte[] Signature, int Offset)[] Signatures =
    [
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0),
        ("image/jpeg", [0xFF, 0xD8, 0xFF], 0),
        ("image/gif", "GIF87a"u8.ToArray(), 0),
        ("image/gif", "GIF89a"u8.ToArray(), 0),
        ("image/webp", "WEBP"u8.ToArray(), 8),
        ("application/pdf", "%PDF-"u8.ToArray(), 0),
        ("application/zip", [0x50, 0x4B, 0x03, 0x04], 0),
        ("application/gzip", [0x1F, 0x8B], 0),
    ];

    public static string Sniff(ReadOnlySpan<byte> head)
    {
        foreach (var (type, signature, offset) in Signatures)
        {
            if (head.Length >= offset + signature.Length && head.Slice(offset, signature.Length).SequenceEqual(signature)
                && (type != "image/webp" || head.StartsWith("RIFF"u8)))
            {
                return type;
            }
        }

        return Unknown;
    }

    /// <summary>True for the image types a browser may show inline (no SVG: it can carry script).</summary>
    public static bool IsInlineImage(string type) => type is "image/png" or "image/jpeg" or "image/gif" or "image/webp";
}
