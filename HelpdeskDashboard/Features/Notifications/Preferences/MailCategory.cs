namespace HelpdeskDashboard.Features.Notifications.Preferences;

/// <summary>The kinds of mail a person can switch off on their profile; every one is on until they do.</summary>
public enum MailCategory
{
    // Customers
    RequestReceived = 1,
    AgentReplies = 2,
    WaitingOnYou = 3,
    Resolved = 4,

    // Agents
    AssignedToMe = 101,
    CustomerReplies = 102,
    NewUnassignedTickets = 103,
    SlaAtRiskMine = 104,
    SlaBreachedMine = 105,

    // Managers
    SlaTeamEscalations = 106,
}

/// <summary>Whose preference: a customer's person (CustomerUser) or a support team member (Agent).</summary>
public enum MailRecipientKind
{
    Customer = 1,
    Agent = 2,
}

/// <summary>Names and descriptions shown on the profile pages, and which categories each kind of person has.</summary>
public static class MailCategories
{
    /// <param name="isManager">A manager also gets the team's escalations; customers are never managers.</param>
    public static IReadOnlyList<MailCategory> For(MailRecipientKind kind, bool isManager = false) => kind switch
    {
        MailRecipientKind.Customer => [MailCategory.RequestReceived, MailCategory.AgentReplies, MailCategory.WaitingOnYou, MailCategory.Resolved],
        _ when isManager =>
        [
            MailCategory.AssignedToMe, MailCategory.CustomerReplies, MailCategory.NewUnassignedTickets,
            MailCategory.SlaAtRiskMine, MailCategory.SlaBreachedMine, MailCategory.SlaTeamEscalations,
        ],
        _ => [MailCategory.AssignedToMe, MailCategory.CustomerReplies, MailCategory.NewUnassignedTickets, MailCategory.SlaAtRiskMine, MailCategory.SlaBreachedMine],
    };

    public static string Title(MailCategory category) => category switch
    {
        MailCategory.RequestReceived => "We received your request",
        MailCategory.AgentReplies => "Replies from support",
        MailCategory.WaitingOnYou => "Support is waiting for your answer",
        MailCategory.Resolved => "Your request was resolved",
        MailCategory.AssignedToMe => "A ticket was assigned to me",
        MailCategory.CustomerReplies => "A customer replied on one of my tickets",
        MailCategory.NewUnassignedTickets => "A new ticket arrived that nobody has taken",
        MailCategory.SlaAtRiskMine => "One of my tickets is at risk of missing its response target",
        MailCategory.SlaBreachedMine => "One of my tickets missed its response target",
        MailCategory.SlaTeamEscalations => "Team escalations: breaches, and unassigned tickets at risk",
        _ => category.ToString(),
    };

    public static string Description(MailCategory category) => category switch
    {
        MailCategory.RequestReceived => "The ticket number, and when to expect an answer.",
        MailCategory.AgentReplies => "The reply, its files and the conversation so far. Off: you see replies only in the portal.",
        MailCategory.WaitingOnYou => "When support needs something from you before they can go on.",
        MailCategory.Resolved => "When a request is solved; replying reopens it.",
        MailCategory.AssignedToMe => "When somebody else gives you a ticket.",
        MailCategory.CustomerReplies => "When the customer writes on a ticket assigned to you.",
        MailCategory.NewUnassignedTickets => "Every new ticket while it is unassigned.",
        MailCategory.SlaAtRiskMine => "When little business time is left to answer a ticket assigned to you. Held until your working hours; the bell shows it at once.",
        MailCategory.SlaBreachedMine => "When a ticket assigned to you passes its due time unanswered. Held until your working hours; the bell shows it at once.",
        MailCategory.SlaTeamEscalations => "Every breached ticket, and unassigned tickets at risk. Held until your working hours; the bell shows it at once.",
        _ => "",
    };
}
