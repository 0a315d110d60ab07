namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>A file as a ticket page lists it.</summary>
public sealed record AttachmentView(int Id, string FileName, string ContentType, long SizeBytes)
{
    public string Href => AttachmentEndpoints.PathFor(Id, FileName);

    public string SizeText => AttachmentSize.Text(SizeBytes);
}
