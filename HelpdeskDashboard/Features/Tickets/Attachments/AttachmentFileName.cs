using System.Globalization;
using System.Text;

namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>Turns whatever a browser or mail client calls a file into a name safe to store, show and offer for download.</summary>
public static class AttachmentFileName
{
    public const int MaxLength = 150;

    public const string Fallback = "attachment";

    /// <summary>
    /// Keeps the last path segment (either slash), drops control and format characters (a right-to-left override can
    /// disguise "exe.txt" as "txt.exe"), characters Windows forbids and leading dots, folds whitespace, normalises to
    /// NFC and shortens long names keeping the extension. Empty results become <see cref="Fallback"/>.
    /// </summary>
    public static string Clean(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormC);
        var slash = text.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
        {
            text = text[(slash + 1)..];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (rune.IsAscii && "<>:\"|?*".Contains((char)rune.Value, StringComparison.Ordinal))
            {
                builder.Append('_');
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        var cleaned = builder.ToString().Trim().TrimStart('.').TrimEnd('.', ' ');
        if (cleaned.Length == 0)
        {
            return Fallback;
        }

        return cleaned.Length <= MaxLength ? cleaned : Shorten(cleaned);
    }

    /// <summary>The lower-case extension without its dot ("tar.gz" counts as "gz"), or "".</summary>
    public static string Extension(string cleanName)
    {
        ArgumentNullException.ThrowIfNull(cleanName);
        var dot = cleanName.LastIndexOf('.');
        return dot > 0 && dot < cleanName.Length - 1 ? cleanName[(dot + 1)..].ToLowerInvariant() : "";
    }

    private static string Shorten(string name)
    {
        var extension = Extension(name);
        var keep = extension.Length is > 0 and <= 10 ? "." + extension : "";
        var stem = name[..(MaxLength - keep.Length)];
        // Never cut a surrogate pair in half.
        if (char.IsHighSurrogate(stem[^1]))
        {
            stem = stem[..^1];
        }

        return stem.TrimEnd() + keep;
    }
}
