using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HelpdeskDashboard.Features.Tickets.Attachments;

/// <summary>
/// <c>GET /attachments/{id}/{name}</c>: the one way a stored file leaves the server. The message's own rule decides:
/// the support team sees every file, a customer's people only files on public messages of their company's tickets;
/// anything else is 404 like a missing file. A download (<c>Content-Disposition: attachment</c>) with the type its
/// bytes proved and <c>nosniff</c>; only images whose bytes and name agree are shown inline, in a sandbox.
/// </summary>
public static class AttachmentEndpoints
{
    public const string PathPrefix = "/attachments";

    /// <summary>The address of an attachment; the name is for people and browsers, only the id counts.</summary>
    public static string PathFor(int id, string fileName) => $"{PathPrefix.TrimStart('/')}/{id}/{Uri.EscapeDataString(fileName)}";

    public static IEndpointRouteBuilder MapAttachmentDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PathPrefix + "/{id:int}/{name?}", DownloadAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        int id, HttpContext http, ScopedQueries queries, ICurrentUser currentUser, IDbContextFactory<HelpdeskDbContext> dbFactory,
        ContentStore store, CancellationToken cancellationToken)
    {
        var scope = await queries.GetScopeAsync();
        var seesInternalNotes = await currentUser.IsAuthorizedAsync(Policies.Agent);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var attachment = await (
                from ticket in scope.Tickets(db)
                join message in db.TicketMessages on ticket.Id equals message.TicketId
                join file in db.TicketAttachments on message.Id equals file.TicketMessageId
                where file.Id == id && (seesInternalNotes || !message.IsInternalNote)
                select file)
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (attachment is null || store.OpenRead(attachment.Sha256) is not { } content)
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Even an image opened on its own runs no script and reaches nothing.
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        headers.CacheControl = "private, max-age=3600";
        if (ShowsInline(attachment))
        {
            headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = attachment.FileName }.ToString();
            return Results.Stream(content, attachment.ContentType, enableRangeProcessing: true);
        }

        return Results.File(content, attachment.ContentType, attachment.FileName, enableRangeProcessing: true);
    }

    /// <summary>An image whose bytes prove an image type a browser shows safely, named with that type's extension.</summary>
    public static bool ShowsInline(TicketAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return ContentSniffer.IsInlineImage(attachment.ContentType)
            && (AttachmentFileName.Extension(attachment.FileName), attachment.ContentType) is
                ("png", "image/png") or ("jpg" or "jpeg", "image/jpeg") or ("gif", "image/gif") or ("webp", "image/webp");
    }
}
