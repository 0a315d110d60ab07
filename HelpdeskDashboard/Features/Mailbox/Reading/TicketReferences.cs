using System.Globalization;
using HelpdeskDashboard.Features.Notifications.Email;
using MimeKit;

namespace HelpdeskDashboard.Features.Mailbox.Reading;

/// <summary>
/// Which ticket a reply names: our thread root (<c>ticket-12@domain</c>) or one of our mails (<c>outbox-42@domain</c>)
/// in In-Reply-To/References, or the <c>[#12]</c> tag in the subject. Only names; whether the sender may write on
/// that ticket is decided by the caller.
/// </summary>
public static class TicketReferences
{
    public static IReadOnlyList<string> ReferencedIds(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var ids = new List<string>();
        if (message.InReplyTo is { Length: > 0 } inReplyTo)
        {
            ids.Add(inReplyTo);
        }

        ids.AddRange(message.References);
        return ids;
    }

    /// <summary>Ticket ids of thread roots among <paramref name="ids"/>, newest reference first.</summary>
    public static IEnumerable<int> ThreadTickets(IEnumerable<string> ids, string fromAddress) =>
        Numbers(ids, "ticket-", fromAddress).Select(n => (int)n).Distinct();

    /// <summary>Outbox ids of our mails among <paramref name="ids"/>.</summary>
    public static IEnumerable<long> OutboxMails(IEnumerable<string> ids, string fromAddress) => Numbers(ids, "outbox-", fromAddress).Distinct();

    /// <summary>True when <paramref name="messageId"/> is one we made (a mail of ours coming back).</summary>
    public static bool IsOurs(string? messageId, string fromAddress) =>
        messageId is not null && (Numbers([messageId], "outbox-", fromAddress).Any() || Numbers([messageId], "ticket-", fromAddress).Any());

    /// <summary>The number in the first "[#123]" of the subject.</summary>
    public static int? SubjectTag(string? subject)
    {
        var text = subject ?? "";
        var start = text.IndexOf("[#", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf(']', start);
            if (end > start + 2 && int.TryParse(text.AsSpan(start + 2, end - start - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                return id;
            }

            start = text.IndexOf("[#", start + 2, StringComparison.Ordinal);
        }

        return null;
    }

    private static IEnumerable<long> Numbers(IEnumerable<string> ids, string prefix, string fromAddress)
    {
        var suffix = "@" + OutboxMimeBuilder.Domain(fromAddress);
        foreach (var raw in ids.Reverse())
        {
            var id = raw.Trim().Trim('<', '>');
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && id.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && long.TryParse(id.AsSpan(prefix.Length, id.Length - prefix.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number > 0 && number <= int.MaxValue)
            {
                yield return number;
            }
        }
    }
}
