using MimeKit;

namespace HelpdeskDashboard.Features.Mailbox.Reading;

/// <summary>
/// A delivery status notification (RFC 3464 multipart/report; report-type=delivery-status): the Message-Id of the mail
/// that could not be delivered and why. Non-standard bounces (a mailer-daemon's plain text) are recognised by their
/// sender and give the Message-Id if they quote it.
/// </summary>
public sealed record BounceReport(string? OriginalMessageId, string Reason)
{
    public static BounceReport? Read(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var report = FindReport(message.Body);
        if (report is not null)
        {
            string? originalId = null;
            var reason = new List<string>();
            foreach (var part in report)
            {
                switch (part)
                {
                    case MessageDeliveryStatus status:
                        foreach (var group in status.StatusGroups.Skip(1))
                        {
                            var action = group["Action"];
                            if (action is null || action.Trim().Equals("failed", StringComparison.OrdinalIgnoreCase) || reason.Count == 0)
                            {
                                var code = group["Status"]?.Trim();
                                var diagnostic = group["Diagnostic-Code"]?.Trim();
                                var recipient = group["Final-Recipient"]?.Split(';', 2).Last().Trim();
                                reason.Add(string.Join(" ", new[] { recipient, code, diagnostic }.Where(s => !string.IsNullOrEmpty(s))));
                            }
                        }

                        break;
                    // message/rfc822 and text/rfc822-headers (MimeKit parses both into a message).
                    case MessagePart returned:
                        originalId ??= returned.Message?.MessageId;
                        break;
                }
            }

            return new BounceReport(originalId, reason.Count > 0 ? string.Join("; ", reason) : "delivery failed");
        }

        var from = message.From.Mailboxes.FirstOrDefault()?.LocalPart ?? "";
        if (from.Equals("mailer-daemon", StringComparison.OrdinalIgnoreCase) || from.Equals("postmaster", StringComparison.OrdinalIgnoreCase))
        {
            return new BounceReport(null, message.Subject ?? "delivery failed");
        }

        return null;
    }

    private static MultipartReport? FindReport(MimeEntity? entity) => entity switch
    {
        MultipartReport report when string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase) => report,
        Multipart multipart => multipart.Select(FindReport).FirstOrDefault(r => r is not null),
        _ => null,
    };
}
