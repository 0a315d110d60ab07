namespace HelpdeskDashboard.Features.Mailbox.Review;

/// <summary>A received mail as the review page lists it.</summary>
public sealed record ReceivedMailView(
    int Id,
    string FromAddress,
    string? FromName,
    string Subject,
    DateTimeOffset Received,
    InboundOutcome Outcome,
    string? Detail,
    string Text,
    int AttachmentCount,
    int? TicketId,
    string? DecidedBy);

/// <summary>A customer an agent can file a reviewed mail for.</summary>
public sealed record ReviewCustomer(int Id, string CompanyName, string TierName);

/// <summary>Make the mail a ticket of <paramref name="CustomerId"/>; the sender becomes one of its people when asked (and must be one).</summary>
public sealed record CreateTicketFromMail(int InboundMailId, int CustomerId, bool AddSenderAsUser);

/// <summary>Add the mail to an existing ticket as the customer's message.</summary>
public sealed record AttachMailToTicket(int InboundMailId, int TicketId);

public sealed record DiscardMail(int InboundMailId);
