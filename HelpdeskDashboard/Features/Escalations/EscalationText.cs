using System.Globalization;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Escalations;

/// <summary>The bell's words for an escalation, with the due instant in the recipient's own zone.</summary>
public static class EscalationText
{
    /// <summary>"#123 Printer offline — at risk: 2 h 10 min left (due Thu 3 Dec 2026, 14:00 in your zone)".</summary>
    /// <param name="businessTimeLeft">Business time from now until the due instant.</param>
    /// <param name="unassigned">Told to the managers because nobody has the ticket.</param>
    public static string AtRisk(int ticketId, string subject, TimeSpan businessTimeLeft, DateTimeOffset due, TimeZoneInfo recipientZone, bool unassigned) =>
        $"{Ticket(ticketId, subject)} — at risk{(unassigned ? ", unassigned" : "")}: {DisplayFormat.Duration(businessTimeLeft)} left "
        + $"(due {DisplayFormat.Instant(due, recipientZone)} in your zone)";

    /// <summary>"#123 Printer offline — breached: the reply was due Thu 3 Dec 2026, 14:00 in your zone".</summary>
    public static string Breached(int ticketId, string subject, DateTimeOffset due, TimeZoneInfo recipientZone, bool unassigned) =>
        $"{Ticket(ticketId, subject)} — breached{(unassigned ? ", unassigned" : "")}: the reply was due {DisplayFormat.Instant(due, recipientZone)} in your zone";

    private static string Ticket(int ticketId, string subject) => "#" + ticketId.ToString(CultureInfo.InvariantCulture) + " " + subject;
}
