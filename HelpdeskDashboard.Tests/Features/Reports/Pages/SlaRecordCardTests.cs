using Bunit;
using HelpdeskDashboard.Features.Reports;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Features.Tickets.Support;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Reports.Pages;

/// <summary>The portal's record card over the real query (Tue 10 March 2026: the months January to March).</summary>
public sealed class SlaRecordCardTests : ReportsPageTestBase
{
    private IRenderedComponent<SlaRecordCard> RenderFor(int customerId)
    {
        User = FakeCurrentUser.Customer(customerId);
        var card = Context.Render<SlaRecordCard>();
        card.WaitForAssertion(() => Assert.NotEmpty(card.FindAll("[data-testid=sla-record]")));
        return card;
    }

    [Fact]
    public void A_gold_customer_reads_the_share_within_their_target_and_the_median_over_three_months()
    {
        var card = RenderFor(Kessler);

        Assert.Equal("Last 3 months: 75.0 % of replies within 72 business hours, median 5 h", Text(card.Find("[data-testid=sla-record-summary]")));
        Assert.Equal(
            ["January 2026 | 0 | – | –", "February 2026 | 4 | 75.0 % | 5 h", "March 2026 | 0 | – | –"],
            card.FindAll("[data-testid=sla-record-months] tbody tr").Select(r => string.Join(" | ", r.Children.Select(Text))));
        Assert.Equal("Within 72 business hours", Text(card.FindAll("[data-testid=sla-record-months] thead th")[2]));
        // Platinum had no clocks in those months: too few to show without pointing at someone.
        Assert.Empty(card.FindAll("[data-testid=sla-record-next-tier]"));
    }

    [Fact]
    public void A_basic_customer_without_a_target_reads_the_median_only()
    {
        var card = RenderFor(Weber);

        Assert.Equal("Last 3 months: median reply time 3 h (business time)", Text(card.Find("[data-testid=sla-record-summary]")));
        Assert.Equal(["Month", "Replies", "Median"], card.FindAll("[data-testid=sla-record-months] thead th").Select(Text));
    }

    [Fact]
    public void A_manager_on_the_portal_card_sees_nothing_rather_than_an_error()
    {
        User = FakeCurrentUser.Manager();

        var card = Context.Render<SlaRecordCard>();

        Assert.Empty(card.Markup.Trim());
    }

    [Fact]
    public void The_next_tiers_record_names_the_tier_its_target_its_share_and_median_and_how_many_replies_it_rests_on()
    {
        var record = new CustomerSlaRecord(
            Tier.Gold, TimeSpan.FromHours(72), [], new RecordMonth(2026, 3, 12, 12, 11, 11 / 12.0, TimeSpan.FromMinutes(312)),
            new NextTierRecord(Tier.Platinum, TimeSpan.FromHours(24), 40, 0.981, TimeSpan.FromMinutes(125)));

        Assert.Equal("Last 3 months: 91.6 % of replies within 72 business hours, median 5 h 12 min", SlaRecordCard.Summary(record));
        Assert.Equal(
            "On Platinum in the same months: 98.1 % of replies within 24 business hours, median 2 h 5 min (all Platinum customers, 40 replies)",
            SlaRecordCard.NextTierLine(record, TestTiers.Catalog()));
    }

    [Fact]
    public void Without_replies_the_card_says_there_is_nothing_to_measure_yet()
    {
        var record = new CustomerSlaRecord(Tier.Gold, TimeSpan.FromHours(72), [], new RecordMonth(2026, 3, 0, 0, 0, null, null), null);

        Assert.Equal("Last 3 months: no replies to measure yet.", SlaRecordCard.Summary(record));
    }
}
