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
    public static IReadOnlyList<MailCategory> For(MailRecipientKind kind) => kind == MailRecipientKind.Customer
        ? [MailCategory.RequestReceived, MailCategory.AgentReplies, MailCategory.WaitingOnYou, MailCategory.Resolved]
        : [MailCategory.AssignedToMe, MailCategory.CustomerReplies, MailCategory.NewUnassignedTickets];

    public static string Title(MailCategory category) => category switch
    {
        MailCategory.RequestReceived => "We received your request",
        MailCategory.AgentReplies => "Replies from support",
        MailCategory.WaitingOnYou => "Support is waiting for your answer",
        MailCategory.Resolved => "Your request was resolved",
        MailCategory.AssignedToMe => "A ticket was assigned to me",
        MailCategory.CustomerReplies => "A customer replied on one of my tickets",
        MailCategory.NewUnassignedTickets => "A new ticket arrived that nobody has taken",
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
        _ => "",
    };
}
