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

/// <summary>One app for the class, with one ticket whose files every test downloads; the ids are the fixture's, made once.</summary>
public sealed class AttachmentDownloadFixture : IAsyncLifetime
{
    public static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. new byte[100]];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    public HelpdeskAppFactory App { get; } = new();

    public int PublicId { get; private set; }

    public int InternalId { get; private set; }

    public int ImageId { get; private set; }

    /// <summary>PNG bytes under a .txt name.</summary>
    public int DisguisedImageId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        var files = App.Services.GetRequiredService<ContentStore>();
        var pdf = await files.SaveAsync(new MemoryStream(Pdf), 1000, cancel);
        var png = await files.SaveAsync(new MemoryStream(Png), 1000, cancel);
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync(cancel);
        var customerId = await db.CustomerUsers.Where(u => u.Email == DemoAccounts.CustomerEmail).Select(u => u.CustomerId).SingleAsync(cancel);
        var ticket = new Ticket { CustomerId = customerId, Subject = "Files", Status = TicketStatus.Open };
        ticket.Messages.Add(Message(isInternalNote: false, File("manual.pdf", "application/pdf", pdf), File("photo.png", "image/png", png), File("photo.txt", "image/png", png)));
        ticket.Messages.Add(Message(isInternalNote: true, File("internal.pdf", "application/pdf", pdf)));
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancel);
        var saved = ticket.Messages.SelectMany(m => m.Attachments).ToDictionary(a => a.FileName, a => a.Id);
        (PublicId, InternalId, ImageId, DisguisedImageId) = (saved["manual.pdf"], saved["internal.pdf"], saved["photo.png"], saved["photo.txt"]);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

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

/// <summary>GET /attachments/{id}/{name} over HTTP: the message's own access rule, and headers that keep a file a file.</summary>
public sealed class AttachmentDownloadTests(AttachmentDownloadFixture files) : IClassFixture<AttachmentDownloadFixture>
{
    private HelpdeskAppFactory App => files.App;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoAccounts.AgentEmail, "public", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.AgentEmail, "internal", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.CustomerEmail, "public", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.CustomerEmail, "internal", HttpStatusCode.NotFound)]
    [InlineData(DemoAccounts.BasicCustomerEmail, "public", HttpStatusCode.NotFound)]
    [InlineData(DemoAccounts.BasicCustomerEmail, "internal", HttpStatusCode.NotFound)]
    public async Task A_file_follows_its_messages_access_rule(string who, string which, HttpStatusCode expected)
    {
        using var client = await App.CreateSignedInClientAsync(who);

        using var response = await client.GetAsync(new Uri($"/attachments/{(which == "public" ? files.PublicId : files.InternalId)}/x", UriKind.Relative), Cancel);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(AttachmentDownloadFixture.Pdf, await response.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Fact]
    public async Task Nobody_signed_in_is_sent_to_sign_in()
    {
        using var client = App.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri($"/attachments/{files.PublicId}/manual.pdf", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_is_an_attachment_with_its_sniffed_type_no_sniffing_and_a_sandbox()
    {
        using var client = await App.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        using var response = await client.GetAsync(new Uri($"/attachments/{files.PublicId}/manual.pdf", UriKind.Relative), Cancel);

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
        using var client = await App.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        using var response = await client.GetAsync(new Uri($"/attachments/{(which == "image" ? files.ImageId : files.DisguisedImageId)}/x", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(disposition, response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task A_missing_file_is_not_found()
    {
        using var client = await App.CreateSignedInClientAsync(DemoAccounts.AgentEmail);

        using var response = await client.GetAsync(new Uri("/attachments/999999/x", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
