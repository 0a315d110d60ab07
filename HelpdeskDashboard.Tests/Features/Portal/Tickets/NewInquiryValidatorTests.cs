using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

public sealed class NewInquiryValidatorTests
{
    private readonly NewInquiryValidator _validator = new(TestTiers.Catalog());

    private static NewInquiry Valid(Tier tier, TicketKind kind) => new()
    {
        Tier = tier, Kind = kind, Subject = "Controller reboots", Body = "Every hour since the update.", AcceptsHourlyRate = true, AcceptsProjectFee = true,
    };

    private static NewInquiry Unticked(NewInquiry inquiry)
    {
        (inquiry.AcceptsHourlyRate, inquiry.AcceptsProjectFee) = (false, false);
        return inquiry;
    }

    private static NewInquiry With(NewInquiry inquiry, string? subject = null, string? body = null)
    {
        inquiry.Subject = subject ?? inquiry.Subject;
        inquiry.Body = body ?? inquiry.Body;
        return inquiry;
    }

    public static TheoryData<string, NewInquiry> Accepted() => new()
    {
        { "Gold support inquiry", Valid(Tier.Gold, TicketKind.SupportInquiry) },
        { "Platinum support inquiry", Valid(Tier.Platinum, TicketKind.SupportInquiry) },
        { "Basic paid support with the rate accepted", Valid(Tier.Basic, TicketKind.PaidSupportRequest) },
        { "Basic project with the fee accepted", Valid(Tier.Basic, TicketKind.NewProjectRequest) },
        { "Gold project without ticking anything (included)", Unticked(Valid(Tier.Gold, TicketKind.NewProjectRequest)) },
        { "Gold support inquiry without ticking anything", Unticked(Valid(Tier.Gold, TicketKind.SupportInquiry)) },
        { "Subject of exactly 200 characters", With(Valid(Tier.Gold, TicketKind.SupportInquiry), subject: new string('s', 200)) },
    };

    public static TheoryData<string, NewInquiry, string> Refused() => new()
    {
        { "empty subject", With(Valid(Tier.Gold, TicketKind.SupportInquiry), subject: ""), "Enter a subject." },
        { "blank subject", With(Valid(Tier.Gold, TicketKind.SupportInquiry), subject: "   "), "Enter a subject." },
        { "subject of 201 characters", With(Valid(Tier.Gold, TicketKind.SupportInquiry), subject: new string('s', 201)),
            "The subject can be at most 200 characters; it has 201." },
        { "empty body", With(Valid(Tier.Gold, TicketKind.SupportInquiry), body: ""), "Describe what you need." },
        { "body over 20,000 characters", With(Valid(Tier.Gold, TicketKind.SupportInquiry), body: new string('b', 20_001)),
            "A message can be at most 20000 characters; it has 20001." },
        { "Basic paid support without accepting the rate", Unticked(Valid(Tier.Basic, TicketKind.PaidSupportRequest)),
            "Tick the box to accept the rate of €75.00 per hour for paid support." },
        { "Basic project without accepting the fee", Unticked(Valid(Tier.Basic, TicketKind.NewProjectRequest)),
            "Tick the box to accept the new-project fee of €200.00." },
        { "Basic support inquiry (no SLA in the plan)", Valid(Tier.Basic, TicketKind.SupportInquiry),
            "Your Basic plan does not include support inquiries; request paid support at €75.00 per hour instead." },
        { "Gold paid support (support is included)", Valid(Tier.Gold, TicketKind.PaidSupportRequest),
            "Your Gold plan includes support inquiries; choose \"Support inquiry\"." },
        { "change request (not offered in the portal)", Valid(Tier.Gold, TicketKind.ChangeRequest),
            "Choose a support inquiry, a paid support request or a new project request." },
        { "kind out of range", Valid(Tier.Gold, (TicketKind)42), "Choose a support inquiry, a paid support request or a new project request." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Valid_inquiry_passes(string label, NewInquiry inquiry)
    {
        _ = label;
        var result = _validator.Validate(inquiry);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Invalid_inquiry_is_refused_with_a_clear_message(string label, NewInquiry inquiry, string message)
    {
        _ = label;
        var result = _validator.Validate(inquiry);

        Assert.Contains(message, result.Errors.Select(e => e.ErrorMessage));
    }
}
