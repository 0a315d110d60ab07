using HelpdeskDashboard.Features.Notifications.Email;

namespace HelpdeskDashboard.Features.Mailbox.Reading;

/// <summary>
/// Cuts the quoted history off a reply, at the usual markers: our own "reply above this line", "On … wrote:" (and
/// its German and French forms), Outlook's "-----Original Message-----" and "From:/Sent:" header block, and a
/// trailing run of "&gt;" lines. What is left is what the customer wrote now. A mail that is nothing but quote keeps
/// its text, so nothing a customer sent is lost.
/// </summary>
public static class QuoteCutter
{
    private static readonly string[] OriginalMessage = ["-----original message-----", "----- original message -----", "-----ursprüngliche nachricht-----"];

    private static readonly (string Start, string End)[] WroteLines =
    [
        ("on ", " wrote:"), ("am ", " schrieb"), ("le ", " a écrit :"), ("le ", " a écrit:"), ("el ", " escribió:"),
    ];

    private static readonly string[] HeaderFrom = ["from:", "von:", "de:"];

    private static readonly string[] HeaderSent = ["sent:", "date:", "gesendet:", "datum:", "envoyé :", "envoyé:", "to:", "an:"];

    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var end = lines.Length;
        for (var i = 0; i < lines.Length && end == lines.Length; i++)
        {
            var line = lines[i].Trim();
            var lower = line.ToLowerInvariant();
            if (line.Contains(MailBody.ReplyAboveMarker, StringComparison.Ordinal) || OriginalMessage.Contains(lower)
                || IsWroteLine(lower, i + 1 < lines.Length ? lines[i + 1].Trim().ToLowerInvariant() : "")
                || IsHeaderBlock(lines, i))
            {
                end = i;
            }
        }

        // A trailing run of quoted lines (blank lines allowed among them).
        var lastOwn = end - 1;
        while (lastOwn >= 0 && (lines[lastOwn].TrimStart().StartsWith('>') || lines[lastOwn].Trim().Length == 0))
        {
            lastOwn--;
        }

        if (lastOwn < end - 1 && Enumerable.Range(lastOwn + 1, end - lastOwn - 1).Any(i => lines[i].TrimStart().StartsWith('>')))
        {
            end = lastOwn + 1;
        }

        var kept = string.Join('\n', lines[..end]).Trim();
        // "On Tue … wrote:" may itself be cut over two lines by the client; drop a dangling first half.
        return kept.Length > 0 ? kept : text.Trim();
    }

    private static bool IsWroteLine(string line, string next) =>
        WroteLines.Any(w => line.StartsWith(w.Start, StringComparison.Ordinal)
            && (line.EndsWith(w.End, StringComparison.Ordinal) || line.Contains(w.End + " ", StringComparison.Ordinal)
                || (next.EndsWith(w.End.TrimStart(), StringComparison.Ordinal) && line.Length > 10)));

    private static bool IsHeaderBlock(string[] lines, int i)
    {
        var line = lines[i].Trim().ToLowerInvariant().TrimStart('*');
        if (!HeaderFrom.Any(line.StartsWith))
        {
            return false;
        }

        // From: followed within three lines by Sent:/Date:/To: is a quoted header, not a sentence starting "From:".
        for (var j = i + 1; j < Math.Min(lines.Length, i + 4); j++)
        {
            if (HeaderSent.Any(lines[j].Trim().ToLowerInvariant().TrimStart('*').StartsWith))
            {
                return true;
            }
        }

        return false;
    }
}
