using HelpdeskDashboard.Features.Mailbox.Reading;

namespace HelpdeskDashboard.Tests.Features.Mailbox.Reading;

public sealed class HtmlTextTests
{
    public static TheoryData<string, string, string> Documents => new()
    {
        { "paragraphs become lines", "<p>Hello</p><p>The printer stops.</p>", "Hello\nThe printer stops." },
        { "line breaks", "Line one<br>Line two", "Line one\nLine two" },
        { "script and style are gone", "<style>p{color:red}</style><p>Hi</p><script>alert('x')</script>", "Hi" },
        { "event handlers never reach the text", "<p onclick=\"steal()\">Click</p><img src=x onerror=alert(1)>", "Click" },
        { "lists keep their items", "<ul><li>Firmware 2.1</li><li>Port COM3</li></ul>", "- Firmware 2.1\n- Port COM3" },
        { "a link keeps its address", "<p>See <a href=\"https://example.com/log\">the log</a></p>", "See the log (https://example.com/log)" },
        { "quoted history in blockquote is cut", "<p>Works now</p><blockquote><p>Try 2.1</p></blockquote>", "Works now" },
        { "Gmail's quote container is cut", "<div>Thanks</div><div class=\"gmail_quote\">On Tue … wrote: old</div>", "Thanks" },
        { "entities are decoded", "<p>Fish &amp; chips &lt;3</p>", "Fish & chips <3" },
        { "whitespace is folded", "<p>  too    many\n   spaces </p>", "too many spaces" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Html_only_mail_becomes_safe_plain_text(string label, string html, string expected)
    {
        Assert.True(expected == HtmlText.ToText(html), $"{label}: got \"{HtmlText.ToText(html)}\"");
    }
}
