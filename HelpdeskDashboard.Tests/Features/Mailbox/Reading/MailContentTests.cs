using HelpdeskDashboard.Features.Mailbox.Reading;
using HelpdeskDashboard.Features.Tickets.Attachments;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Mailbox.Reading;

public sealed class MailContentTests
{
    private const string From = "anna@nordlicht.example";
    private static readonly AttachmentOptions Limits = new() { MaxFileBytes = 1024 * 1024, MaxMessageBytes = 3 * 1024 * 1024, MaxFilesPerMessage = 3 };

    [Fact]
    public void Multipart_alternative_takes_the_plain_text()
    {
        var content = Read(MailSamples.Alternative(From, "The plain words", "<p>The <b>rich</b> words</p>"));

        Assert.Equal("The plain words", content.Text);
    }

    [Fact]
    public void Html_only_mail_becomes_text_without_script()
    {
        var content = Read(MailSamples.HtmlOnly(From, "<p>Printer stops</p><script>alert(1)</script><p>at night</p>"));

        Assert.Equal("Printer stops\nat night", content.Text);
    }

    [Fact]
    public void Latin1_quoted_printable_is_decoded()
    {
        var content = Read(MailSamples.Latin1QuotedPrintable(From, "Grüße aus München, Störung am Gerät"));

        Assert.Equal("Grüße aus München, Störung am Gerät", content.Text);
    }

    [Fact]
    public void A_non_ascii_file_name_sent_by_rfc_2231_arrives_intact()
    {
        var message = MailSamples.WithAttachment(From, "Log", "See file", "Prüfprotokoll Übersicht.txt", "log"u8.ToArray());
        // MimeKit writes non-ASCII parameters the RFC 2231 way (filename*=utf-8''…) when told to.
        foreach (var part in message.BodyParts.OfType<MimePart>().Where(p => p.IsAttachment))
        {
            Assert.True(part.ContentDisposition!.Parameters.TryGetValue("filename", out Parameter? parameter));
            parameter!.EncodingMethod = ParameterEncodingMethod.Rfc2231;
        }

        var reread = MimeMessage.Load(MailSamples.Bytes(message), TestContext.Current.CancellationToken);
        Assert.Contains("filename*=", reread.ToString(), StringComparison.Ordinal);

        var content = MailContent.Read(reread, Limits);

        Assert.Equal("Prüfprotokoll Übersicht.txt", Assert.Single(content.Files).Name);
        using var stream = content.Files[0].Open();
        Assert.Equal("log", new StreamReader(stream).ReadToEnd());
    }

    [Fact]
    public void A_forwarded_mail_travels_as_an_eml_file_and_the_forwarders_words_are_the_text()
    {
        var inner = MailSamples.Plain("someone@else.example", "Error report", "Original text");
        var content = Read(MailSamples.Forward(From, "Please look at this", inner));

        Assert.Equal("Please look at this", content.Text);
        Assert.Equal("Error report.eml", Assert.Single(content.Files).Name);
        using var stream = content.Files[0].Open();
        Assert.Equal("Error report", MimeMessage.Load(stream, TestContext.Current.CancellationToken).Subject);
    }

    [Fact]
    public void A_signed_mail_gives_its_text_and_no_signature_file()
    {
        var content = Read(MailSamples.Signed(From, "Signed words"));

        Assert.Equal("Signed words", content.Text);
        Assert.Empty(content.Files);
    }

    [Fact]
    public void Refused_types_and_oversize_files_are_left_out_and_named_at_the_end_of_the_text()
    {
        var message = MailSamples.Plain(From, "Files", "");
        var body = new BodyBuilder { TextBody = "Three files" };
        body.Attachments.Add("setup.exe", new byte[10]);
        body.Attachments.Add("huge.bin", new byte[2 * 1024 * 1024]);
        body.Attachments.Add("trace.log", new byte[100]);
        message.Body = body.ToMessageBody();

        var content = Read(message);

        Assert.Equal(["trace.log"], content.Files.Select(f => f.Name));
        Assert.StartsWith("Three files\n\n[Not attached: setup.exe (files of type .exe are refused); huge.bin (2 MB, more than 1 MB)]", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_mail_says_it_had_no_text()
    {
        Assert.Equal(MailContent.NoText, Read(MailSamples.Plain(From, "Empty", "   ")).Text);
    }

    // Written out and parsed again, as a received mail would be.
    private static MailContent Read(MimeMessage message) => MailContent.Read(MimeMessage.Load(MailSamples.Bytes(message), TestContext.Current.CancellationToken), Limits);
}
