using System.Net;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Files;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Tickets.Attachments;

/// <summary>GET /attachments/{id}/{name} over HTTP: the message's own access rule, and headers that keep a file a file.</summary>
public sealed class AttachmentDownloadTests(HelpdeskAppFactory app) : IClassFixture<HelpdeskAppFactory>, IAsyncLifetime
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. new byte[100]];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private static (int Public, int Internal, int Image, int DisguisedImage) _ids;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        if (_ids.Public != 0)
        {
            return;
        }

        var files = app.Services.GetRequiredService<ContentStore>();
        var pdf = await files.SaveAsync(new MemoryStream(Pdf), 1000, Cancel);
        var png = await files.SaveAsync(new MemoryStream(Png), 1000, Cancel);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(Cancel);
        var customerId = await db.CustomerUsers.Where(u => u.Email == DemoAccounts.CustomerEmail).Select(u => u.CustomerId).SingleAsync(Cancel);
        var ticket = new Ticket { CustomerId = customerId, Subject = "Files", Status = TicketStatus.Open };
        ticket.Messages.Add(Message(isInternalNote: false, File("manual.pdf", "application/pdf", pdf), File("photo.png", "image/png", png), File("photo.txt", "image/png", png)));
        ticket.Messages.Add(Message(isInternalNote: true, File("internal.pdf", "application/pdf", pdf)));
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(Cancel);
        var saved = ticket.Messages.SelectMany(m => m.Attachments).ToDictionary(a => a.FileName, a => a.Id);
        _ids = (saved["manual.pdf"], saved["internal.pdf"], saved["photo.png"], saved["photo.txt"]);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData(DemoAccounts.AgentEmail, "public", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.AgentEmail, "internal", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.CustomerEmail, "public", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.CustomerEmail, "internal", HttpStatusCode.NotFound)]
    [InlineData(DemoAccounts.BasicCustomerEmail, "public", HttpStatusCode.NotFound)]
    [InlineData(DemoAccounts.BasicCustomerEmail, "internal", HttpStatusCode.NotFound)]
    public async Task A_file_follows_its_messages_access_rule(string who, string which, HttpStatusCode expected)
    {
        using var client = await app.CreateSignedInClientAsync(who);

        using var response = await client.GetAsync(new Uri($"/attachments/{(which == "public" ? _ids.Public : _ids.Internal)}/x", UriKind.Relative), Cancel);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Fact]
    public async Task Nobody_signed_in_is_sent_to_sign_in()
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri($"/attachments/{_ids.Public}/manual.pdf", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_is_an_attachment_with_its_sniffed_type_no_sniffing_and_a_sandbox()
    {
        using var client = await app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        using var response = await client.GetAsync(new Uri($"/attachments/{_ids.Public}/manual.pdf", UriKind.Relative), Cancel);

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("manual.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("image", "inline")]
    [InlineData("disguised", "attachment")]
    public async Task Only_an_image_whose_bytes_and_name_agree_is_shown_inline(string which, string disposition)
    {
        using var client = await app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        using var response = await client.GetAsync(new Uri($"/attachments/{(which == "image" ? _ids.Image : _ids.DisguisedImage)}/x", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(disposition, response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task A_missing_file_is_not_found()
    {
        using var client = await app.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        using var response = await client.GetAsync(new Uri("/attachments/999999/x", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static TicketMessage Message(bool isInternalNote, params TicketAttachment[] files) => new()
    {
        AuthorKind = isInternalNote ? MessageAuthorKind.Agent : MessageAuthorKind.Customer,
        Body = "see files",
        IsInternalNote = isInternalNote,
        Attachments = [.. files],
    };

    private static TicketAttachment File(string name, string type, StoredContent content) =>
        new() { FileName = name, ContentType = type, SizeBytes = content.Length, Sha256 = content.Sha256 };
}
