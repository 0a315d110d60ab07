using System.Globalization;

namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>File sizes as people read them: "512 bytes", "14 KB", "3.2 MB" (1 KB = 1024 bytes, as file managers show).</summary>
public static class AttachmentSize
{
    public static string Text(long bytes) => bytes switch
    {
        < 1024 => bytes == 1 ? "1 byte" : $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes",
        < 1024 * 1024 => $"{Math.Round(bytes / 1024.0).ToString(CultureInfo.InvariantCulture)} KB",
        < 1024L * 1024 * 1024 => $"{OneDecimal(bytes / (1024.0 * 1024))} MB",
        _ => $"{OneDecimal(bytes / (1024.0 * 1024 * 1024))} GB",
    };

    private static string OneDecimal(double value) =>
        value >= 100 ? Math.Round(value).ToString(CultureInfo.InvariantCulture) : Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
