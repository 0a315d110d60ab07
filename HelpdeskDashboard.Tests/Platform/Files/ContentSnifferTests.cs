using HelpdeskDashboard.Platform.Files;

namespace HelpdeskDashboard.Tests.Platform.Files;

public sealed class ContentSnifferTests
{
    public static TheoryData<string, byte[], string> Heads => new()
    {
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "image/png" },
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0], "image/jpeg" },
        { "GIF89a", "GIF89a.."u8.ToArray(), "image/gif" },
        { "WebP", "RIFF\0\0\0\0WEBPVP8 "u8.ToArray(), "image/webp" },
        { "RIFF that is not WebP", "RIFF\0\0\0\0WAVEfmt "u8.ToArray(), ContentSniffer.Unknown },
        { "PDF", "%PDF-1.7\n"u8.ToArray(), "application/pdf" },
        { "zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0], "application/zip" },
        { "gzip", [0x1F, 0x8B, 0x08, 0], "application/gzip" },
        { "SVG is never an image here", "<svg xmlns=\"http://www.w3.org/2000/svg\">"u8.ToArray(), ContentSniffer.Unknown },
        { "HTML", "<html><script>"u8.ToArray(), ContentSniffer.Unknown },
        { "text", "2026-12-04 ERROR timeout"u8.ToArray(), ContentSniffer.Unknown },
        { "empty", [], ContentSniffer.Unknown },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void The_type_is_what_the_first_bytes_prove(string label, byte[] head, string expected)
    {
        Assert.True(expected == ContentSniffer.Sniff(head), $"{label}: got {ContentSniffer.Sniff(head)}");
    }

    [Theory]
    [InlineData("image/png", true)]
    [InlineData("image/webp", true)]
    [InlineData("image/svg+xml", false)]
    [InlineData("application/pdf", false)]
    public void Only_raster_images_may_show_inline(string type, bool inline) => Assert.Equal(inline, ContentSniffer.IsInlineImage(type));
}
