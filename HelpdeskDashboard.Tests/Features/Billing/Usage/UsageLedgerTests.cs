using HelpdeskDashboard.Features.Billing.Purchases;
using HelpdeskDashboard.Features.Billing.TimeTracking;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Billing.Usage;

/// <summary>The month read from the database: company-zone boundaries, ticket kinds, tiers per quarter, purchases.</summary>
public sealed class UsageLedgerTests : IAsyncLifetime
{
    /// <summary>Friday 2027-01-01 10:00 Berlin, so December and the new quarter are both at hand.</summary>
    private static readonly DateTimeOffset NewYear = new(2027, 1, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly BillingMonth December = new(2026, 12);
    private static readonly BillingMonth January = new(2027, 1);
    private BillingTestWorld _world = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _world = await BillingTestWorld.CreateAsync(NewYear);

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private async Task LogAsync(int ticketId, DateOnly date, int minutes, bool billable = true)
    {
        var result = await _world.TimeAsync(_world.Tickets.AlexSignedIn, t => t.LogAsync(new LogTicketTime(ticketId, date, minutes, "", billable)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    private async Task AssignAsync(int customerId, int year, int quarter, Tier tier)
    {
        await using var db = _world.OpenDb();
        db.TierAssignments.Add(new TierAssignment { CustomerId = customerId, Year = year, Quarter = quarter, Tier = tier, Reason = TierAssignmentReason.Turnover });
        await db.SaveChangesAsync(Cancel);
    }

    [Fact]
    public async Task Work_on_new_years_eve_counts_for_december_and_work_on_new_years_day_for_january()
    {
        var gold = _world.Tickets.Gold.Id;
        var ticket = await _world.OpenTicketAsync(gold, TicketKind.SupportInquiry, NewYear.AddDays(-5));
        await LogAsync(ticket, new DateOnly(2026, 12, 31), 200);
        await LogAsync(ticket, new DateOnly(2027, 1, 1), 45);

        Assert.Equal(200, (await _world.UsageAsync(gold, December)).UsedMinutes);
        Assert.Equal(45, (await _world.UsageAsync(gold, January)).UsedMinutes);
    }

    [Fact]
    public async Task A_new_project_request_opened_late_on_new_years_eve_in_berlin_is_billed_in_december()
    {
        var basic = _world.Tickets.Basic.Id;
        await _world.OpenTicketAsync(basic, TicketKind.NewProjectRequest, new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(1))); // 22:30 UTC
        await _world.OpenTicketAsync(basic, TicketKind.NewProjectRequest, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal((1, 200_00L), ((await _world.UsageAsync(basic, December)).NewProjectRequests, (await _world.UsageAsync(basic, December)).ProjectFees.Cents));
        Assert.Equal(1, (await _world.UsageAsync(basic, January)).NewProjectRequests);
    }

    [Fact]
    public async Task Change_requests_are_charged_at_the_change_rate_while_support_time_uses_the_hours()
    {
        var gold = _world.Tickets.Gold.Id;
        await LogAsync(await _world.OpenTicketAsync(gold, TicketKind.ChangeRequest, NewYear), new DateOnly(2027, 1, 1), 60);
        await LogAsync(await _world.OpenTicketAsync(gold, TicketKind.SupportInquiry, NewYear), new DateOnly(2027, 1, 1), 30);

        var usage = await _world.UsageAsync(gold, January);

        Assert.Equal((30, 60, 75_00L), (usage.UsedMinutes, usage.ChangeRequestMinutes, usage.ChangeRequestCost.Cents));
    }

    [Fact]
    public async Task A_tier_change_at_the_quarter_boundary_gives_december_and_january_different_hours()
    {
        var gold = _world.Tickets.Gold.Id;
        await AssignAsync(gold, 2026, 4, Tier.Gold);
        await AssignAsync(gold, 2027, 1, Tier.Platinum);
        var ticket = await _world.OpenTicketAsync(gold, TicketKind.SupportInquiry, NewYear.AddDays(-5));
        await LogAsync(ticket, new DateOnly(2026, 12, 31), 300);
        await LogAsync(ticket, new DateOnly(2027, 1, 1), 300);

        var december = await _world.UsageAsync(gold, December);
        var january = await _world.UsageAsync(gold, January);

        Assert.Equal((Tier.Gold, 60, 75_00L), (december.Tier.Tier, december.OverageMinutes, december.OverageCost.Cents));
        Assert.Equal((Tier.Platinum, 300, 0L), (january.Tier.Tier, january.RemainingMinutes, january.OverageCost.Cents));
    }

    [Fact]
    public async Task A_purchase_adds_hours_to_the_current_month_only_and_is_audited()
    {
        var gold = _world.Tickets.Gold.Id;

        var result = await _world.BuyAsync(_world.Tickets.GoldPersonSignedIn, new BuyExtraHours(2, 75_00));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var january = await _world.UsageAsync(gold, January);
        Assert.Equal((360, 150_00L), (january.AllowanceMinutes, january.Purchases.Cents));
        Assert.Equal(240, (await _world.UsageAsync(gold, December)).AllowanceMinutes);
        Assert.Equal([gold], _world.UsageChanges);
        await using var db = _world.OpenDb();
        Assert.Single(await db.AuditEntries.Where(a => a.Action == HourPurchaseService.Purchased).ToListAsync(Cancel));
    }

    [Theory]
    [InlineData("no hours", 0, 75_00, "between 1 and 40")]
    [InlineData("too many hours", 41, 75_00, "between 1 and 40")]
    [InlineData("a rate the page showed before it changed", 1, 60_00, "The rate is now €75.00 per hour")]
    public async Task A_purchase_that_is_not_valid_buys_nothing(string label, int hours, long rateCents, string message)
    {
        _ = label;
        var result = await _world.BuyAsync(_world.Tickets.GoldPersonSignedIn, new BuyExtraHours(hours, rateCents));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains(message, StringComparison.Ordinal));
        await using var db = _world.OpenDb();
        Assert.Empty(await db.HourPurchases.ToListAsync(Cancel));
    }

    [Fact]
    public async Task Agents_cannot_buy_hours_for_a_customer()
    {
        var result = await _world.BuyAsync(_world.Tickets.AlexSignedIn, new BuyExtraHours(1, 75_00));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task With_carry_over_on_decembers_unused_hours_move_into_january_once()
    {
        await using var carrying = await BillingTestWorld.CreateAsync(NewYear, new() { ["Billing:UnusedHours"] = "NextMonth" });
        var gold = carrying.Tickets.Gold.Id;
        var ticket = await carrying.OpenTicketAsync(gold, TicketKind.SupportInquiry, NewYear.AddDays(-40));
        await carrying.TimeAsync(carrying.Tickets.AlexSignedIn, t => t.LogAsync(new LogTicketTime(ticket, new DateOnly(2026, 12, 2), 180, "", true)));

        Assert.Equal(60, (await carrying.UsageAsync(gold, January)).CarriedOverMinutes);
        Assert.Equal(240, (await carrying.UsageAsync(gold, December)).CarriedOverMinutes); // November unused entirely, never more than a month
    }
}
