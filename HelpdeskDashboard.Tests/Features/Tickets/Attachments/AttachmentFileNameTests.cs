using HelpdeskDashboard.Features.Tickets.Attachments;

namespace HelpdeskDashboard.Tests.Features.Tickets.Attachments;

public sealed class AttachmentFileNameTests
{
    public static TheoryData<string, string?, string> Names => new()
    {
        { "a plain name stays", "trace.log", "trace.log" },
        { "folders are dropped (Unix)", "../../etc/passwd", "passwd" },
        { "folders are dropped (Windows)", @"C:\Users\ana\Desktop\config.xml", "config.xml" },
        { "a right-to-left override cannot disguise the type", "invoice\u202Egpj.exe", "invoicegpj.exe" },
        { "control characters go", "log\u0000\u0007file.txt", "logfile.txt" },
        { "characters Windows forbids become underscores", "a<b>c:d\"e|f?g*.txt", "a_b_c_d_e_f_g_.txt" },
        { "leading dots go (no hidden files)", "...bashrc", "bashrc" },
        { "whitespace is folded", "  my   report .pdf ", "my report .pdf" },
        { "non-ASCII stays, composed", "Mu\u0308ller-Übersicht.pdf", "Müller-Übersicht.pdf" },
        { "nothing left", "../", AttachmentFileName.Fallback },
        { "null", null, AttachmentFileName.Fallback },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Names_are_cleaned(string label, string? name, string expected)
    {
        Assert.True(expected == AttachmentFileName.Clean(name), $"{label}: got \"{AttachmentFileName.Clean(name)}\"");
    }

    [Fact]
    public void A_long_name_is_shortened_keeping_its_extension()
    {
        var cleaned = AttachmentFileName.Clean(new string('a', 400) + ".tar.gz");

        Assert.Equal(AttachmentFileName.MaxLength, cleaned.Length);
        Assert.EndsWith(".gz", cleaned, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("setup.EXE", "exe")]
    [InlineData("firmware.tar.gz", "gz")]
    [InlineData("README", "")]
    [InlineData("trailing.", "")]
    public void The_extension_is_the_last_one_in_lower_case(string name, string expected) => Assert.Equal(expected, AttachmentFileName.Extension(name));
}
