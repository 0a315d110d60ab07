using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Features.Tickets.Mail;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Escalations;

/// <summary>One escalation as its e-mail names it; times are shown in the recipient's zone.</summary>
public sealed record EscalationMailItem(
    int TicketId, string Subject, string CompanyName, EscalationThreshold Threshold, DateTimeOffset Due, DateTimeOffset Noticed, string? AssigneeName);

/// <summary>
/// The words of the escalation e-mails, single and digest, written with <see cref="MailBody"/> like the ticket mails:
/// the same pieces as text and HTML, a link to every ticket, and where to change working hours or mute the mails.
/// </summary>
public static class EscalationMailText
{
    public static (string Subject, string Html, string Text) Single(EscalationMailItem item, TimeZoneInfo zone, string baseUrl, bool held)
    {
        ArgumentNullException.ThrowIfNull(item);
        var subject = TicketMailer.Subject(item.TicketId, $"{Headline(item.Threshold)}: {item.Subject}");
        var body = new MailBody().Paragraph(Sentence(item, zone));
        if (held)
        {
            body.Paragraph($"It happened at {DisplayFormat.Instant(item.Noticed, zone)}, outside your working hours, so this mail waited for their start.");
        }

        body.Facts(Facts(item, zone))
            .Link("Open the ticket", TicketLink(baseUrl, item.TicketId));
        return Finish(subject, body, baseUrl);
    }

    /// <summary>Several escalations in one mail, breaches first, each with its ticket's link.</summary>
    public static (string Subject, string Html, string Text) Digest(IReadOnlyList<EscalationMailItem> items, TimeZoneInfo zone, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(items);
        var breached = items.Count(i => i.Threshold == EscalationThreshold.Breached);
        var subject = breached == 0
            ? $"{items.Count} response targets at risk"
            : $"{items.Count} SLA escalations, {breached} breached";
        var body = new MailBody()
            .Paragraph($"While you were outside your working hours, {items.Count} response clocks needed attention:");
        foreach (var item in items.OrderByDescending(i => i.Threshold).ThenBy(i => i.Due).ThenBy(i => i.TicketId))
        {
            body.List($"#{item.TicketId} {item.Subject}", [(Sentence(item, zone), TicketLink(baseUrl, item.TicketId))]);
        }

        return Finish(subject, body, baseUrl);
    }

    public static string Headline(EscalationThreshold threshold) =>
        threshold == EscalationThreshold.Breached ? "Response target breached" : "Response target at risk";

    public static string TicketLink(string baseUrl, int ticketId) => $"{(baseUrl ?? "").TrimEnd('/')}/tickets/{ticketId}";

    private static string Sentence(EscalationMailItem item, TimeZoneInfo zone)
    {
        var due = $"{DisplayFormat.Instant(item.Due, zone)} ({DisplayFormat.Zone(zone, item.Due)})";
        var who = item.AssigneeName is { } name ? $"assigned to {name}" : "unassigned";
        return item.Threshold == EscalationThreshold.Breached
            ? $"{item.CompanyName} is still waiting for a reply on ticket #{item.TicketId}; it was due {due} ({who})."
            : $"Ticket #{item.TicketId} from {item.CompanyName} needs a reply by {due} ({who}).";
    }

    private static (string, string)[] Facts(EscalationMailItem item, TimeZoneInfo zone) =>
    [
        ("Ticket", $"#{item.TicketId} {item.Subject}"),
        ("Customer", item.CompanyName),
        ("Reply due", $"{DisplayFormat.Instant(item.Due, zone)} ({DisplayFormat.Zone(zone, item.Due)})"),
        ("Assigned to", item.AssigneeName ?? "nobody"),
    ];

    private static (string, string, string) Finish(string subject, MailBody body, string baseUrl)
    {
        body.Link("Your working hours and e-mail settings", $"{(baseUrl ?? "").TrimEnd('/')}/profile");
        var (html, text) = body.Build();
        var line = subject.ReplaceLineEndings(" ");
        var max = NewOutboxMessageValidator.SubjectMaxLength;
        return (line.Length <= max ? line : line[..(max - 1)] + "…", html, text);
    }
}
