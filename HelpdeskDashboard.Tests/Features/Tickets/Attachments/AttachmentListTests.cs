using Bunit;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Tickets.Attachments;

public sealed class AttachmentListTests : BunitTestBase
{
    [Fact]
    public void Each_file_shows_its_name_as_a_download_link_and_its_size()
    {
        var list = Context.Render<AttachmentList>(p => p
            .Add(x => x.Files, [new AttachmentView(7, "trace ü.log", "application/octet-stream", 14_336), new AttachmentView(8, "photo.png", "image/png", 3_355_443)])
            .Add(x => x.Label, "Files of the message from Anna"));

        var items = list.FindAll("li");
        Assert.Equal(["trace ü.log (14 KB)", "photo.png (3.2 MB)"], items.Select(i => string.Join(" ", i.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        var link = list.Find("a[data-testid='attachment-link']");
        Assert.Equal("attachments/7/trace%20%C3%BC.log", link.GetAttribute("href"));
        Assert.Equal("trace ü.log", link.GetAttribute("download"));
        Assert.Equal("Files of the message from Anna", list.Find("ul").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_message_without_files_shows_no_list()
    {
        var list = Context.Render<AttachmentList>(p => p.Add(x => x.Files, []));

        Assert.Empty(list.FindAll("ul"));
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1, "1 byte")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1024, "1 KB")]
    [InlineData(10 * 1024 * 1024, "10 MB")]
    [InlineData(157_286_400, "150 MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3 GB")]
    public void Sizes_read_as_file_managers_show_them(long bytes, string expected) => Assert.Equal(expected, AttachmentSize.Text(bytes));
}
