using HelpdeskDashboard.Features.Mailbox.Reading;
using HelpdeskDashboard.Features.Notifications.Email;

namespace HelpdeskDashboard.Tests.Features.Mailbox.Reading;

public sealed class QuoteCutterTests
{
    public static TheoryData<string, string, string> Replies => new()
    {
        { "our own marker", $"Thanks, that fixed it.\n\n{MailBody.ReplyAboveMarker}\nAna from support wrote: ...", "Thanks, that fixed it." },
        { "Gmail's On … wrote:", "Works now.\n\nOn Tue, 3 Dec 2026 at 10:00, Support <support@demo.local> wrote:\n> Try firmware 2.1", "Works now." },
        { "German Am … schrieb", "Danke!\n\nAm 03.12.2026 um 10:00 schrieb Support <support@demo.local>:\n> Bitte testen", "Danke!" },
        { "Outlook original message", "See log.\n\n-----Original Message-----\nFrom: Support\nSent: Tuesday", "See log." },
        { "Outlook header block", "Attached.\n\n________________________________\nFrom: Support <support@demo.local>\nSent: Tuesday, 3 December 2026 10:00\nSubject: [#12] Printer", "Attached.\n\n________________________________" },
        { "trailing quoted lines", "Yes, version 2.1.\n\n> Which version do you run?\n> Thanks", "Yes, version 2.1." },
        { "interleaved answers stay", "> Which version?\n2.1\n> Which port?\nCOM3", "> Which version?\n2.1\n> Which port?\nCOM3" },
        { "a sentence starting From: stays", "From: the log it looks like a timeout.\nCan you check?", "From: the log it looks like a timeout.\nCan you check?" },
        { "nothing but quote keeps the text", "> only a quote", "> only a quote" },
        { "plain mail unchanged", "Line one\nLine two", "Line one\nLine two" },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void Cuts_the_quoted_history_at_the_usual_markers(string label, string text, string expected)
    {
        Assert.True(expected == QuoteCutter.Cut(text), $"{label}: got \"{QuoteCutter.Cut(text)}\"");
    }
}
