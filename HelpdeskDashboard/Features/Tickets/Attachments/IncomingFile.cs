namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>
/// A file on its way in: its name as sent, the size it claims (null when unknown, as in mail) and how to open its
/// bytes. <paramref name="Open"/> is called once, when the file is stored; its stream is read to the end and disposed.
/// </summary>
public sealed record IncomingFile(string Name, long? DeclaredSize, Func<Stream> Open);

/// <summary>A file in the content store, ready to be tied to the message it came with.</summary>
public sealed record StoredAttachment(string FileName, string ContentType, long SizeBytes, string Sha256)
{
    /// <summary>The row that ties this file to its message, stamped with the message's own instant.</summary>
    public TicketAttachment ToTicketAttachment(long createdUtcTicks) => new()
    {
        FileName = FileName,
        ContentType = ContentType,
        SizeBytes = SizeBytes,
        Sha256 = Sha256,
        CreatedUtcTicks = createdUtcTicks,
    };
}
