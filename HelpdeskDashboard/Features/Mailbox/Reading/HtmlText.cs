using System.Text;
using AngleSharp.Dom;
using Ganss.Xss;

namespace HelpdeskDashboard.Features.Mailbox.Reading;

/// <summary>
/// Turns an HTML-only mail into plain text: HtmlSanitizer (a maintained sanitizer on a real HTML parser) removes
/// scripts, styles and anything active first, then the text is read off the DOM with a line break per block. Quoted
/// history that mail clients mark up (blockquote, Gmail's and Thunderbird's quote containers) is left out.
/// </summary>
public static class HtmlText
{
    // class is inert and is how clients mark their quote containers.
    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = HtmlSanitizerDefaults.AllowedTags,
        AllowedAttributes = new HashSet<string>(HtmlSanitizerDefaults.AllowedAttributes) { "class" },
        AllowedCssProperties = HtmlSanitizerDefaults.AllowedCssProperties,
        AllowedSchemes = HtmlSanitizerDefaults.AllowedSchemes,
        UriAttributes = HtmlSanitizerDefaults.UriAttributes,
    });

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "ul", "ol", "section", "article", "header", "footer", "hr",
    };

    private static readonly string[] QuoteClasses = ["gmail_quote", "moz-cite-prefix", "yahoo_quoted"];

    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = Sanitizer.SanitizeDom(html);
        var text = new StringBuilder();
        if (document.Body is { } body)
        {
            Append(body, text);
        }

        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText piece:
                    text.Append(CollapseSpaces(piece.Data));
                    break;
                case IElement element when IsQuote(element):
                    break;
                case IElement element:
                    if (element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase))
                    {
                        text.Append('\n');
                        break;
                    }

                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        NewLine(text);
                    }

                    if (element.LocalName.Equals("li", StringComparison.OrdinalIgnoreCase))
                    {
                        text.Append("- ");
                    }

                    Append(element, text);
                    if (element.LocalName.Equals("a", StringComparison.OrdinalIgnoreCase) && element.GetAttribute("href") is { } href
                        && href.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !element.TextContent.Contains(href, StringComparison.Ordinal))
                    {
                        text.Append(" (").Append(href).Append(')');
                    }

                    if (block)
                    {
                        NewLine(text);
                    }

                    break;
            }
        }
    }

    private static void NewLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static bool IsQuote(IElement element) =>
        element.LocalName.Equals("blockquote", StringComparison.OrdinalIgnoreCase)
        || QuoteClasses.Any(element.ClassList.Contains);

    private static string CollapseSpaces(string data)
    {
        var builder = new StringBuilder(data.Length);
        foreach (var c in data)
        {
            var space = char.IsWhiteSpace(c);
            if (!space || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(space ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Trims each line and keeps at most one empty line between paragraphs.</summary>
    internal static string Tidy(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = 0;
        }

        return result.ToString();
    }
}
