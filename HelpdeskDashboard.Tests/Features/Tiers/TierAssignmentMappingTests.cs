using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Tiers;

public sealed class TierAssignmentMappingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_customer_gets_at_most_one_assignment_per_quarter()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        var customer = await SavedAsync(db, TestEntities.Customer());
        db.TierAssignments.Add(Assignment(customer, 2026, 4, Tier.Gold));
        await db.SaveChangesAsync(Cancel);

        db.TierAssignments.Add(Assignment(customer, 2026, 4, Tier.Platinum));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task Other_quarters_and_other_customers_are_independent()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        var first = await SavedAsync(db, TestEntities.Customer("First GmbH"));
        var second = await SavedAsync(db, TestEntities.Customer("Second GmbH"));
        db.TierAssignments.AddRange(
            Assignment(first, 2026, 4, Tier.Gold),
            Assignment(first, 2027, 1, Tier.Gold),
            Assignment(first, 2025, 4, Tier.Basic),
            Assignment(second, 2026, 4, Tier.Platinum));

        await db.SaveChangesAsync(Cancel);

        Assert.Equal(["2025-Q4", "2026-Q4", "2027-Q1"], await db.TierAssignments.Where(a => a.CustomerId == first.Id)
            .OrderBy(a => a.Year).ThenBy(a => a.Quarter).Select(a => a.Year + "-Q" + a.Quarter).ToListAsync(Cancel));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public async Task A_quarter_outside_one_to_four_is_refused_by_the_database(int quarter)
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        db.TierAssignments.Add(Assignment(await SavedAsync(db, TestEntities.Customer()), 2026, quarter, Tier.Gold));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public void The_label_reads_year_and_quarter()
    {
        Assert.Equal("2026-Q4", Assignment(TestEntities.Customer(), 2026, 4, Tier.Gold).QuarterLabel);
    }

    private static async Task<Customer> SavedAsync(HelpdeskDashboard.Data.HelpdeskDbContext db, Customer customer)
    {
        db.Customers.Add(customer);
        await db.SaveChangesAsync(Cancel);
        return customer;
    }

    private static TierAssignment Assignment(Customer customer, int year, int quarter, Tier tier) => new()
    {
        CustomerId = customer.Id,
        Year = year,
        Quarter = quarter,
        Tier = tier,
        Reason = TierAssignmentReason.Turnover,
    };
}
