using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Portal.Tickets;

public sealed class InquiryTextTests
{
    [Theory]
    [InlineData("two names", "Ana Lima", "Ana")]
    [InlineData("three names", "Jan van Dijk", "Jan")]
    [InlineData("one name", "Morgan", "Morgan")]
    [InlineData("padded", "  Lea Roth ", "Lea")]
    [InlineData("unassigned", null, "Not assigned yet")]
    [InlineData("blank", "  ", "Not assigned yet")]
    public void Customers_see_the_assignees_first_name_only(string label, string? displayName, string expected)
    {
        _ = label;
        Assert.Equal(expected, InquiryText.AssigneeFirstName(displayName));
    }

    [Fact]
    public void Due_time_reads_in_the_viewers_zone_and_names_it()
    {
        var due = new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero);
        var reading = new SlaReading { AsOf = due.AddHours(-1), State = SlaState.Running, Due = due, Target = TimeSpan.FromHours(72) };

        Assert.Equal("Fri 27 Nov 2026, 11:00, New York (UTC\u221205:00)", InquiryText.Due(reading, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
        Assert.Equal("Fri 27 Nov 2026, 17:00, Berlin (UTC+01:00)", InquiryText.Due(reading, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));
    }

    [Fact]
    public void Fee_and_rate_come_from_the_tier_catalogue()
    {
        var catalog = TestTiers.Catalog();

        Assert.Equal("€200.00, charged once", InquiryText.ProjectFee(catalog.Get(Tier.Basic)));
        Assert.Equal("included in your Gold plan", InquiryText.ProjectFee(catalog.Get(Tier.Gold)));
        Assert.Equal("€75.00 per hour", InquiryText.HourlyRate(catalog.Get(Tier.Basic)));
        Assert.Null(InquiryText.Acceptance(new NewInquiry { Kind = TicketKind.SupportInquiry }, catalog.Get(Tier.Gold)));
    }
}
