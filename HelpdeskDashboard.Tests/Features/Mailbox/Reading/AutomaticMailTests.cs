using HelpdeskDashboard.Features.Mailbox.Reading;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Mailbox.Reading;

public sealed class AutomaticMailTests
{
    public static TheoryData<string, string?, string?, string?, string> Automatic => new()
    {
        { "auto-replied", "Auto-Submitted", "auto-replied", null, "automatic mail (Auto-Submitted: auto-replied)" },
        { "auto-generated with a comment", "Auto-Submitted", "auto-generated; owner-email=x@y", null, "automatic mail (Auto-Submitted: auto-generated)" },
        { "bulk", "Precedence", "bulk", null, "bulk mail (Precedence: bulk)" },
        { "junk", "Precedence", "junk", null, "bulk mail (Precedence: junk)" },
        { "list", "Precedence", "list", null, "bulk mail (Precedence: list)" },
        { "X-Autoreply", "X-Autoreply", "yes", null, "auto-reply (X-Autoreply)" },
        { "out-of-office subject", null, null, "Out of Office: back on Monday", "out-of-office reply" },
        { "Outlook's automatic reply", null, null, "Automatic reply: [#12] Printer", "out-of-office reply" },
        { "German Abwesenheitsnotiz", null, null, "Abwesenheitsnotiz: Drucker", "out-of-office reply" },
    };

    [Theory]
    [MemberData(nameof(Automatic))]
    public void Machine_mail_is_recognised_and_says_why(string label, string? header, string? value, string? subject, string expected)
    {
        var message = Message(subject ?? "[#12] Printer");
        if (header is not null)
        {
            message.Headers.Add(header, value!);
        }

        Assert.True(expected == AutomaticMail.Why(message), $"{label}: got {AutomaticMail.Why(message)}");
    }

    [Theory]
    [InlineData("Auto-Submitted", "no")]
    [InlineData("Precedence", "normal")]
    [InlineData("Subject-only", "")]
    public void A_persons_mail_is_not_automatic(string header, string value)
    {
        var message = Message("Re: [#12] Out of paper again");
        if (header != "Subject-only")
        {
            message.Headers.Add(header, value);
        }

        Assert.Null(AutomaticMail.Why(message));
    }

    private static MimeMessage Message(string subject) => new() { Subject = subject, Body = new TextPart("plain") { Text = "Hi" } };
}
