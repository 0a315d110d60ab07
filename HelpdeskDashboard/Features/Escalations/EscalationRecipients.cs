using HelpdeskDashboard.Features.Notifications.Preferences;

namespace HelpdeskDashboard.Features.Escalations;

/// <summary>One person told about one escalation, and the mail category they can mute it with.</summary>
public readonly record struct EscalationRecipient(int AgentId, MailCategory Category);

/// <summary>Who is told, as the "Escalations" options say; only active people are told.</summary>
public static class EscalationRecipients
{
    /// <param name="activeAssigneeId">The assignee when active; an inactive one counts as nobody (the ticket needs someone).</param>
    /// <param name="activeManagerIds">Every active manager.</param>
    public static IReadOnlyList<EscalationRecipient> For(
        EscalationThreshold threshold, int? activeAssigneeId, IReadOnlyCollection<int> activeManagerIds, EscalationOptions options)
    {
        ArgumentNullException.ThrowIfNull(activeManagerIds);
        ArgumentNullException.ThrowIfNull(options);
        var recipients = new List<EscalationRecipient>();
        bool notifyAssignee, notifyManagers;
        MailCategory mine;
        if (threshold == EscalationThreshold.AtRisk)
        {
            notifyAssignee = options.AtRisk.NotifyAssignee;
            notifyManagers = activeAssigneeId is null && options.AtRisk.NotifyManagersWhenUnassigned;
            mine = MailCategory.SlaAtRiskMine;
        }
        else
        {
            notifyAssignee = options.Breached.NotifyAssignee;
            notifyManagers = options.Breached.NotifyManagers;
            mine = MailCategory.SlaBreachedMine;
        }

        if (notifyAssignee && activeAssigneeId is { } assignee)
        {
            recipients.Add(new EscalationRecipient(assignee, mine));
        }

        if (notifyManagers)
        {
            // A manager who holds the ticket is told once, as its assignee.
            recipients.AddRange(activeManagerIds.Where(m => m != activeAssigneeId || !notifyAssignee)
                .Order()
                .Select(m => new EscalationRecipient(m, MailCategory.SlaTeamEscalations)));
        }

        return recipients;
    }
}
