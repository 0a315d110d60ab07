namespace HelpdeskDashboard.Features.Mailbox.Review;

/// <summary>How received mail reads on the review page.</summary>
public static class ReviewText
{
    public static string Outcome(InboundOutcome outcome) => outcome switch
    {
        InboundOutcome.AddedToTicket => "added to its ticket",
        InboundOutcome.NewTicket => "became a new ticket",
        InboundOutcome.BasicAnswered => "answered (Basic plan)",
        InboundOutcome.AwaitingReview => "waiting for review",
        InboundOutcome.Ignored => "ignored (automatic)",
        InboundOutcome.Bounce => "bounce",
        InboundOutcome.Rejected => "refused",
        InboundOutcome.TicketCreatedInReview => "made a ticket in review",
        InboundOutcome.AttachedInReview => "added to a ticket in review",
        InboundOutcome.Discarded => "discarded",
        _ => outcome.ToString(),
    };

    public static string Sender(ReceivedMailView mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return mail.FromName is { Length: > 0 } name ? $"{name} <{mail.FromAddress}>" : mail.FromAddress;
    }
}
