using Bunit;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

public sealed class NewInquiryFormTests : BunitTestBase
{
    private const string Forum = "https://forum.test.example/";
    private readonly List<NewInquiry> _submitted = [];

    private IRenderedComponent<NewInquiryForm> RenderForm(Tier tier, IReadOnlyList<string>? errors = null) =>
        Context.Render<NewInquiryForm>(parameters => parameters
            .Add(f => f.Offer, new InquiryOffer("Kessler GmbH", TestTiers.Catalog().Get(tier), Forum))
            .Add(f => f.Errors, errors ?? [])
            .Add(f => f.Submit, inquiry =>
            {
                _submitted.Add(inquiry);
                return Task.FromResult(true);
            }));

    private static void Fill(IRenderedComponent<NewInquiryForm> form, string subject, string body)
    {
        form.Find("[data-testid='inquiry-subject'] input, input[data-testid='inquiry-subject']").Change(subject);
        form.Find("[data-testid='inquiry-body'] textarea, textarea[data-testid='inquiry-body']").Change(body);
    }

    [Fact]
    public void Basic_customer_sees_the_forum_and_must_tick_the_rate_which_the_submission_carries()
    {
        var form = RenderForm(Tier.Basic);

        Assert.Equal(Forum, form.Find("[data-testid='basic-notice'] a").GetAttribute("href"));
        Assert.Contains("€75.00 per hour", form.Find("[data-testid='kind-terms']").TextContent, StringComparison.Ordinal);
        Fill(form, "Printer offline", "It stopped printing.");
        form.Find("[data-testid='submit-inquiry']").Click();
        form.Find("input[type='checkbox']").Change(true);
        form.Find("[data-testid='submit-inquiry']").Click();

        Assert.Equal(
            [(TicketKind.PaidSupportRequest, "Printer offline", false), (TicketKind.PaidSupportRequest, "Printer offline", true)],
            _submitted.Select(i => (i.Kind, i.Subject, i.AcceptsHourlyRate)));
        Assert.Equal("Request paid support", form.Find("[data-testid='submit-inquiry']").TextContent.Trim());
    }

    [Fact]
    public void Gold_customer_files_a_support_inquiry_with_its_response_target_and_nothing_to_accept()
    {
        var form = RenderForm(Tier.Gold);

        Assert.Empty(form.FindAll("[data-testid='basic-notice']"));
        Assert.Empty(form.FindAll("input[type='checkbox']"));
        Assert.Equal("Response target: 72 business hours.", form.Find("[data-testid='kind-terms']").TextContent);
        Fill(form, "Controller reboots", "Every hour.");
        form.Find("[data-testid='submit-inquiry']").Click();

        var inquiry = Assert.Single(_submitted);
        Assert.Equal((TicketKind.SupportInquiry, "Every hour.", false, false), (inquiry.Kind, inquiry.Body, inquiry.AcceptsHourlyRate, inquiry.AcceptsProjectFee));
    }

    [Fact]
    public void Errors_from_the_service_are_listed()
    {
        var form = RenderForm(Tier.Basic, ["Enter a subject.", "Tick the box to accept the rate of €75.00 per hour for paid support."]);

        Assert.Equal(
            ["Enter a subject.", "Tick the box to accept the rate of €75.00 per hour for paid support."],
            form.FindAll("[data-testid='inquiry-errors'] li").Select(li => li.TextContent));
    }
}
