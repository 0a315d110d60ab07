namespace HelpdeskDashboard.Features.Mailbox;

/// <summary>What became of a received mail.</summary>
public enum InboundOutcome
{
    /// <summary>A customer's message on the ticket it answered.</summary>
    AddedToTicket,

    /// <summary>A new support inquiry, as if filed in the portal.</summary>
    NewTicket,

    /// <summary>A Basic customer's mail: answered with the forum and paid support; no ticket.</summary>
    BasicAnswered,

    /// <summary>Waits on /mail/review (unknown sender, too many mails, a ticket of another customer).</summary>
    AwaitingReview,

    /// <summary>An automatic mail (auto-reply, bulk, our own): kept, never answered.</summary>
    Ignored,

    /// <summary>A delivery status notification; the outbox message it reports on is marked failed.</summary>
    Bounce,

    /// <summary>Refused before reading (too large, unreadable).</summary>
    Rejected,

    /// <summary>Decided on the review page.</summary>
    TicketCreatedInReview,
    AttachedInReview,
    Discarded,
}

/// <summary>
/// One received mail, kept whatever became of it: agents see what arrived and why it was (not) turned into a
/// ticket. The raw message stays in the content store (<see cref="RawSha256"/>) so a review decision can still take
/// its attachments.
/// </summary>
public sealed class InboundMail
{
    public int Id { get; set; }

    /// <summary>The Message-Id without angle brackets (or "sha256:…" of the raw mail when it has none); unique, so a mail read twice is one row.</summary>
    public required string MessageId { get; set; }

    public required string FromAddress { get; set; }

    public string? FromName { get; set; }

    public required string Subject { get; set; }

    public long ReceivedUtcTicks { get; set; }

    public InboundSource Source { get; set; }

    public InboundOutcome Outcome { get; set; }

    /// <summary>Why, in words for agents ("unknown sender", "auto-reply (Auto-Submitted: auto-replied)").</summary>
    public string? Detail { get; set; }

    /// <summary>The text as it was used: HTML turned into text, quoted history cut.</summary>
    public required string Text { get; set; }

    public int AttachmentCount { get; set; }

    public string? RawSha256 { get; set; }

    public long RawSizeBytes { get; set; }

    public int? TicketId { get; set; }

    public int? CustomerUserId { get; set; }

    public string? DecidedBy { get; set; }

    public long? DecidedUtcTicks { get; set; }
}
