using System.Net;
using System.Text;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// Writes one mail twice, as plain text and as simple HTML, from the same pieces, so both always say the same.
/// Every piece of text is HTML-encoded on the HTML side: a customer's or agent's words never become markup.
/// </summary>
public sealed class MailBody
{
    /// <summary>The first line of a mail that can be answered; what a reply quotes below it is cut on receipt.</summary>
    public const string ReplyAboveMarker = "##- Please type your reply above this line -##";

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new("<!DOCTYPE html><html><body style=\"font-family: sans-serif; line-height: 1.5\">");

    public MailBody ReplyMarker()
    {
        _text.Append(ReplyAboveMarker).Append("\n\n");
        _html.Append("<p style=\"color:#595959; font-size: 0.85em\">").Append(Encode(ReplyAboveMarker)).Append("</p>");
        return this;
    }

    public MailBody Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p style=\"white-space: pre-wrap\">").Append(Encode(text)).Append("</p>");
        return this;
    }

    /// <summary>Someone's own words, set apart: "Ana from support wrote:" and the text.</summary>
    public MailBody Quote(string heading, string text)
    {
        _text.Append(heading).Append('\n');
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            _text.Append("  ").Append(line).Append('\n');
        }

        _text.Append('\n');
        _html.Append("<p><strong>").Append(Encode(heading)).Append("</strong></p>")
            .Append("<blockquote style=\"white-space: pre-wrap; margin: 0 0 1em 0; padding-left: 1em; border-left: 3px solid #767676\">")
            .Append(Encode(text)).Append("</blockquote>");
        return this;
    }

    /// <summary>Label–value lines: "Ticket: #12".</summary>
    public MailBody Facts(params (string Label, string Value)[] facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _html.Append("<table role=\"presentation\" style=\"border-collapse: collapse\">");
        foreach (var (label, value) in facts)
        {
            _text.Append(label).Append(": ").Append(value).Append('\n');
            _html.Append("<tr><th scope=\"row\" style=\"text-align: left; padding-right: 1em\">").Append(Encode(label))
                .Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
        }

        _text.Append('\n');
        _html.Append("</table>");
        return this;
    }

    public MailBody Link(string label, string url)
    {
        _text.Append(label).Append(": ").Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a></p>");
        return this;
    }

    /// <summary>A list of lines, e.g. the files of a reply.</summary>
    public MailBody List(string heading, IEnumerable<(string Text, string? Url)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _text.Append(heading).Append('\n');
        _html.Append("<p>").Append(Encode(heading)).Append("</p><ul>");
        foreach (var (text, url) in items)
        {
            _text.Append("- ").Append(text).Append(url is null ? "" : $" ({url})").Append('\n');
            _html.Append("<li>").Append(url is null ? Encode(text) : $"<a href=\"{Encode(url)}\">{Encode(text)}</a>").Append("</li>");
        }

        _text.Append('\n');
        _html.Append("</ul>");
        return this;
    }

    public MailBody Separator(string heading)
    {
        _text.Append("--- ").Append(heading).Append(" ---\n\n");
        _html.Append("<hr><p style=\"color:#595959\">").Append(Encode(heading)).Append("</p>");
        return this;
    }

    public (string Html, string Text) Build() => (_html.ToString() + "</body></html>", _text.ToString().TrimEnd() + "\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
