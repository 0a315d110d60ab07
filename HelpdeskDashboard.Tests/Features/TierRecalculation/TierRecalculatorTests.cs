using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Tests.Features.TierRecalculation;

public sealed class TierRecalculatorTests : IAsyncDisposable
{
    private readonly TierWorld _world = new();

    public static TheoryData<string, decimal[], Tier> TurnoverCases() => new()
    {
        { "no orders", [], Tier.Basic },
        { "just below Gold", [9_999.99m], Tier.Basic },
        { "exactly the Gold threshold", [10_000m], Tier.Gold },
        { "exactly the Platinum threshold", [30_000m, 20_000m], Tier.Platinum },
        { "a refund takes it back below Platinum", [50_000m, -0.01m], Tier.Gold },
        { "refunds larger than orders", [100m, -500m], Tier.Basic },
    };

    [Theory]
    [MemberData(nameof(TurnoverCases))]
    public async Task Previous_quarter_turnover_decides_the_tier(string label, decimal[] amounts, Tier expected)
    {
        _ = label;
        var id = await _world.AddCustomerAsync("Acme");
        foreach (var amount in amounts)
        {
            await _world.AddOrderAsync(id, new DateTime(2026, 2, 10, 12, 0, 0), amount);
        }

        await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        var assignment = await _world.AssignmentAsync(id, TierWorld.Q2);
        Assert.Equal(expected, assignment.Tier);
        Assert.Equal(amounts.Sum() * 100m, assignment.TurnoverCents);
        Assert.Equal(TierAssignmentReason.Turnover, assignment.Reason);
    }

    [Fact]
    public async Task Order_at_23_59_Berlin_on_the_last_day_counts_for_that_quarter_although_it_is_the_next_day_in_utc()
    {
        var id = await _world.AddCustomerAsync("Late Buyer");
        // 31 March 23:59 CEST is 21:59 UTC; 1 April 00:00 CEST (22:00 UTC on 31 March) belongs to Q2.
        await _world.AddOrderAsync(id, new DateTime(2026, 3, 31, 23, 59, 0), 10_000m);
        await _world.AddOrderAsync(id, new DateTime(2026, 4, 1, 0, 0, 0), 90_000m);
        await _world.AddOrderAsync(id, new DateTime(2025, 12, 31, 23, 59, 59), 90_000m);

        await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        var assignment = await _world.AssignmentAsync(id, TierWorld.Q2);
        Assert.Equal(Tier.Gold, assignment.Tier);
        Assert.Equal(1_000_000, assignment.TurnoverCents);
    }

    [Fact]
    public async Task A_higher_subscription_wins_and_is_named_as_the_reason()
    {
        var id = await _world.AddCustomerAsync("Subscriber", SubscriptionPlan.Platinum);
        await _world.AddOrderAsync(id, new DateTime(2026, 2, 1, 12, 0, 0), 12_000m);

        await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        var assignment = await _world.AssignmentAsync(id, TierWorld.Q2);
        Assert.Equal((Tier.Platinum, TierAssignmentReason.Subscription), (assignment.Tier, assignment.Reason));
    }

    [Fact]
    public async Task A_subscription_below_the_turnover_tier_leaves_turnover_as_the_reason()
    {
        var id = await _world.AddCustomerAsync("Big Spender", SubscriptionPlan.Gold);
        await _world.AddOrderAsync(id, new DateTime(2026, 2, 1, 12, 0, 0), 60_000m);

        await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        var assignment = await _world.AssignmentAsync(id, TierWorld.Q2);
        Assert.Equal((Tier.Platinum, TierAssignmentReason.Turnover), (assignment.Tier, assignment.Reason));
    }

    [Fact]
    public async Task Assignment_records_the_previous_tier_and_moves_the_current_tier_from_the_quarter_start()
    {
        var id = await _world.AddCustomerAsync("Climber");
        await _world.AddAssignmentAsync(id, TierWorld.Q2.Previous(), Tier.Basic);
        await _world.AddOrderAsync(id, new DateTime(2026, 3, 1, 12, 0, 0), 55_000m);

        var outcome = await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        var assignment = await _world.AssignmentAsync(id, TierWorld.Q2);
        Assert.Equal(Tier.Basic, assignment.PreviousTier);
        Assert.Equal(1, outcome.Up);
        await using var db = _world.Database.CreateDbContext();
        var customer = db.Customers.Single(c => c.Id == id);
        Assert.Equal(Tier.Platinum, customer.CurrentTier);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)).UtcTicks, customer.TierSinceUtcTicks);
    }

    [Fact]
    public async Task Each_recipient_gets_one_mail_with_tier_reason_entitlements_and_change()
    {
        var id = await _world.AddCustomerAsync("Mailed", SubscriptionPlan.None, "anna@mailed.example", "contact@mailed.example");
        await _world.AddAssignmentAsync(id, TierWorld.Q2.Previous(), Tier.Basic);
        await _world.AddOrderAsync(id, new DateTime(2026, 3, 1, 12, 0, 0), 10_000m);

        var outcome = await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        await using var db = _world.Database.CreateDbContext();
        var mails = db.OutboxMessages.OrderBy(m => m.Id).ToList();
        Assert.Equal(2, outcome.EmailsWritten);
        Assert.Equal(["contact@mailed.example", "anna@mailed.example"], mails.Select(m => m.To));
        Assert.Equal($"tier:{id}:2026-Q2", mails[0].DeduplicationKey);
        Assert.All(mails, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        var text = mails[0].TextBody;
        Assert.Equal("Your support tier for 2026-Q2: Gold", mails[0].Subject);
        Assert.Contains("at or above the Gold threshold of €10,000.00", text, StringComparison.Ordinal);
        Assert.Contains("Response target: 72 business hours", text, StringComparison.Ordinal);
        Assert.Contains("Included hours: 4 hours per month", text, StringComparison.Ordinal);
        Assert.Contains("Tier: Basic → Gold (up)", text, StringComparison.Ordinal);
        Assert.Contains("<strong>Gold</strong>", mails[0].HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_twice_for_a_quarter_writes_no_second_assignment_and_no_second_mail()
    {
        var first = await _world.AddCustomerAsync("One");
        await _world.AddCustomerAsync("Two");
        await _world.AddOrderAsync(first, new DateTime(2026, 1, 5, 12, 0, 0), 20_000m);

        await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);
        var again = await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        Assert.Equal((0, 2, 0), (again.Assigned, again.AlreadyAssigned, again.EmailsWritten));
        await using var db = _world.Database.CreateDbContext();
        Assert.Equal(2, db.TierAssignments.Count());
        Assert.Equal(2, db.OutboxMessages.Count());
    }

    [Fact]
    public async Task A_crash_after_the_first_batch_resumes_with_the_rest_without_duplicates()
    {
        await using var world = new TierWorld(batchSize: 2);
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await world.AddCustomerAsync($"Customer {i}"));
        }

        world.Recalculator.AfterBatchCommitted = (_, _) => throw new IOException("Power cut");
        await Assert.ThrowsAsync<IOException>(() => world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken));
        await using (var db = world.Database.CreateDbContext())
        {
            Assert.Equal(2, db.TierAssignments.Count());
            Assert.Equal(2, db.OutboxMessages.Count());
        }

        world.Recalculator.AfterBatchCommitted = null;
        var resumed = await world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        Assert.Equal((3, 2), (resumed.Assigned, resumed.AlreadyAssigned));
        await using var after = world.Database.CreateDbContext();
        Assert.Equal(ids, after.TierAssignments.Select(a => a.CustomerId).Order().ToList());
        Assert.Equal(5, after.OutboxMessages.Select(m => m.DeduplicationKey).Distinct().Count());
        Assert.Equal(5, after.OutboxMessages.Count());
    }

    [Fact]
    public async Task A_mail_already_in_the_outbox_under_the_quarter_key_is_not_written_again()
    {
        var id = await _world.AddCustomerAsync("Half Done");
        await using (var db = _world.Database.CreateDbContext())
        {
            // A mail with the key already exists (e.g. written by hand): the assignment is still written once, the mail not twice.
            db.OutboxMessages.Add(new OutboxMessage { To = "x@y.example", Subject = "s", HtmlBody = "h", TextBody = "t", DeduplicationKey = $"tier:{id}:2026-Q2" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var outcome = await _world.Recalculator.RecalculateAsync(TierWorld.Q2, null, TestContext.Current.CancellationToken);

        Assert.Equal((1, 0), (outcome.Assigned, outcome.EmailsWritten));
        await using var after = _world.Database.CreateDbContext();
        Assert.Single(after.OutboxMessages);
    }

    [Fact]
    public async Task A_quarter_that_has_not_started_is_refused()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _world.Recalculator.RecalculateAsync(TierWorld.Q2.Next(), null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Preview_of_the_coming_quarter_counts_turnover_so_far_and_writes_nothing()
    {
        var id = await _world.AddCustomerAsync("Rising");
        await _world.AddAssignmentAsync(id, TierWorld.Q2, Tier.Basic);
        await _world.AddOrderAsync(id, new DateTime(2026, 4, 1, 10, 0, 0), 11_000m);

        var preview = await _world.Recalculator.PreviewAsync(TierWorld.Q2.Next(), 10, TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (preview.Customers, preview.Up));
        Assert.Equal(Tier.Gold, Assert.Single(preview.Changes).Tier);
        await using var db = _world.Database.CreateDbContext();
        Assert.Single(db.TierAssignments);
        Assert.Empty(db.OutboxMessages);
    }

    [Fact]
    public async Task Runner_records_the_run_with_its_counts()
    {
        await _world.AddCustomerAsync("Counted");

        var run = await _world.Runner.RunAsync(TierWorld.Q2, TierRunTrigger.Manual, TestContext.Current.CancellationToken);

        var stored = Assert.Single(await _world.Runner.LatestRunsAsync(5, TestContext.Current.CancellationToken));
        Assert.Equal((1, 1, "2026-Q2", (string?)null), (stored.Assigned, stored.First, stored.QuarterLabel, stored.Error));
        Assert.NotNull(stored.FinishedUtcTicks);
        Assert.Equal(run.Id, stored.Id);
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();
}
