using MimeKit;

namespace HelpdeskDashboard.Features.Mailbox.Reading;

/// <summary>
/// Tells mail a machine sent (RFC 3834 Auto-Submitted, Precedence bulk/junk/list, the auto-reply headers Exchange and
/// others set, out-of-office subjects), so the helpdesk never answers it and never makes it a ticket: no loops with
/// another auto-responder, no tickets from newsletters.
/// </summary>
public static class AutomaticMail
{
    private static readonly string[] AutoReplyHeaders = ["X-Autoreply", "X-Autorespond", "X-Auto-Reply", "X-Autoresponder"];

    private static readonly string[] OutOfOfficeSubjects =
    [
        "out of office", "out of the office", "automatic reply", "auto reply", "autoreply", "auto:", "abwesenheitsnotiz",
        "automatische antwort", "réponse automatique", "absence du bureau", "respuesta automática",
    ];

    /// <summary>Why the mail is automatic, in words for agents; null for a person's mail.</summary>
    public static string? Why(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var autoSubmitted = Token(message.Headers["Auto-Submitted"]);
        if (autoSubmitted is { Length: > 0 } && !autoSubmitted.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return $"automatic mail (Auto-Submitted: {autoSubmitted})";
        }

        var precedence = Token(message.Headers["Precedence"]);
        if (precedence is "bulk" or "junk" or "list")
        {
            return $"bulk mail (Precedence: {precedence})";
        }

        if (AutoReplyHeaders.FirstOrDefault(h => message.Headers.Contains(h)) is { } header)
        {
            return $"auto-reply ({header})";
        }

        var subject = (message.Subject ?? "").Trim().ToLowerInvariant();
        return OutOfOfficeSubjects.Any(subject.StartsWith) ? "out-of-office reply" : null;
    }

    private static string? Token(string? value) => value?.Split(';', 2)[0].Trim().ToLowerInvariant();
}
