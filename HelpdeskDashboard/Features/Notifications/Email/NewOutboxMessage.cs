namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// An e-mail to queue. <paramref name="DeduplicationKey"/> (e.g. "usage-100:customer-12:2026-05") makes the
/// message once-only: a second message with the same key is refused.
/// </summary>
public sealed record NewOutboxMessage(string To, string Subject, string HtmlBody, string TextBody, string? DeduplicationKey = null);
