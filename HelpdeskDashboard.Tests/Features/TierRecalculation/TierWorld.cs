using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Data;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.TierRecalculation;

/// <summary>An in-memory database, Berlin company zone, Gold from 10,000 EUR and Platinum from 50,000 EUR, a fake clock in 2026-Q2.</summary>
internal sealed class TierWorld : IAsyncDisposable
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static readonly CalendarQuarter Q2 = new(2026, 2);

    public TierWorld(int batchSize = 1000)
    {
        Company = new CompanyClock(new BusinessCalendar(new BusinessCalendarOptions()).TimeZone, Clock);
        Options = new TierRecalculationOptions { GoldFrom = 10_000m, PlatinumFrom = 50_000m, BatchSize = batchSize };
        Recalculator = new TierRecalculator(Database, TestTiers.Catalog(), Company, Microsoft.Extensions.Options.Options.Create(Options), Clock);
        Runner = new TierRecalculationRunner(Recalculator, Database, Clock, NullLogger<TierRecalculationRunner>.Instance);
    }

    public TestDatabase Database { get; } = TestDatabase.Create();

    /// <summary>2 April 2026 09:00 Berlin: early in Q2.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.FromHours(2)));

    /// <summary>The company clock in the default calendar's zone (Berlin), reading <see cref="Clock"/>.</summary>
    public CompanyClock Company { get; }

    public TierRecalculationOptions Options { get; }

    public TierRecalculator Recalculator { get; }

    public TierRecalculationRunner Runner { get; }

    public async Task<int> AddCustomerAsync(string name, SubscriptionPlan plan = SubscriptionPlan.None, params string[] userEmails)
    {
        await using var db = Database.CreateDbContext();
        var customer = TestEntities.Customer(name);
        customer.ContactEmail = $"contact@{name.ToLowerInvariant().Replace(' ', '-')}.example";
        if (plan != SubscriptionPlan.None)
        {
            customer.SubscriptionTier = plan;
            customer.SubscriptionBilling = SubscriptionBilling.Yearly;
            customer.SubscriptionStartUtcTicks = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        }

        customer.Users.AddRange(userEmails.Select(email => new CustomerUser { DisplayName = email, Email = email, TimeZone = "Europe/Berlin" }));
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }

    /// <summary>An order at a Berlin wall-clock time.</summary>
    public async Task AddOrderAsync(int customerId, DateTime berlinLocal, decimal euros)
    {
        await using var db = Database.CreateDbContext();
        db.Orders.Add(new Order
        {
            CustomerId = customerId,
            ExternalOrderId = Guid.NewGuid().ToString("N"),
            OrderedUtcTicks = TimeZoneInfo.ConvertTimeToUtc(berlinLocal, Berlin).Ticks,
            AmountCents = Money.FromEuros(euros).Cents,
        });
        await db.SaveChangesAsync();
    }

    public async Task AddAssignmentAsync(int customerId, CalendarQuarter quarter, Tier tier)
    {
        await using var db = Database.CreateDbContext();
        db.TierAssignments.Add(new TierAssignment { CustomerId = customerId, Year = quarter.Year, Quarter = quarter.Number, Tier = tier });
        await db.SaveChangesAsync();
    }

    public async Task<TierAssignment> AssignmentAsync(int customerId, CalendarQuarter quarter)
    {
        await using var db = Database.CreateDbContext();
        return db.TierAssignments.Single(a => a.CustomerId == customerId && a.Year == quarter.Year && a.Quarter == quarter.Number);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
