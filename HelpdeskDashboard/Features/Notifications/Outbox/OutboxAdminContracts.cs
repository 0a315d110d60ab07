namespace HelpdeskDashboard.Features.Notifications.Outbox;

/// <summary>One page of the outbox, newest first; <paramref name="Status"/> null for every status.</summary>
public sealed record OutboxListQuery(OutboxStatus? Status = null, int Page = 1, int PageSize = OutboxListQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
}

/// <summary>A message as managers see it. <paramref name="NextAttempt"/> only while it waits (Pending) or is being sent (lease end).</summary>
public sealed record OutboxRow(
    long Id,
    string To,
    string Subject,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset Created,
    DateTimeOffset? NextAttempt,
    DateTimeOffset? Sent,
    string? LastError);

public sealed record OutboxListing(
    IReadOnlyList<OutboxRow> Rows,
    int TotalCount,
    int Page,
    int PageSize,
    IReadOnlyDictionary<OutboxStatus, int> CountsByStatus)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

public sealed record RetryOutboxMessage(long Id);
