using HelpdeskDashboard.Features.Mailbox.Reading;
using MimeKit;

namespace HelpdeskDashboard.Tests.Features.Mailbox.Reading;

public sealed class BounceReportTests
{
    [Fact]
    public void A_delivery_status_notification_names_the_returned_mail_and_why()
    {
        var bounce = MimeMessage.Load(MailSamples.Bytes(MailSamples.Bounce("outbox-17@demo.local", "gone@customer.example")), TestContext.Current.CancellationToken);

        var report = BounceReport.Read(bounce);

        Assert.NotNull(report);
        Assert.Equal("outbox-17@demo.local", report.OriginalMessageId);
        Assert.Equal("gone@customer.example 5.1.1 smtp; 550 5.1.1 User unknown", report.Reason);
    }

    [Fact]
    public void A_mailer_daemons_plain_text_bounce_is_still_a_bounce()
    {
        var message = MailSamples.Plain("MAILER-DAEMON@mx.example", "Delivery failure", "Could not deliver");

        Assert.Equal(new BounceReport(null, "Delivery failure"), BounceReport.Read(message));
    }

    [Fact]
    public void A_persons_mail_is_no_bounce() =>
        Assert.Null(BounceReport.Read(MailSamples.Plain("anna@nordlicht.example", "Re: [#12]", "Thanks")));
}
