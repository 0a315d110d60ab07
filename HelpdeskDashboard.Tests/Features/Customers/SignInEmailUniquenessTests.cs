using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Customers;

/// <summary>One address signs in one person, however it is capitalised.</summary>
public sealed class SignInEmailUniquenessTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_customer_users_cannot_share_an_address_in_any_case()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        var customer = TestEntities.Customer();
        db.CustomerUsers.Add(new CustomerUser { Customer = customer, DisplayName = "Anna Bauer", Email = "anna@kessler.example", TimeZone = "Europe/Berlin" });
        await db.SaveChangesAsync(Cancel);

        db.CustomerUsers.Add(new CustomerUser { Customer = customer, DisplayName = "Anna B.", Email = "Anna@Kessler.example", TimeZone = "Europe/Berlin" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task Two_agents_cannot_share_an_address_in_any_case()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        db.Agents.Add(TestEntities.Agent("jonas.weber@demo.local"));
        await db.SaveChangesAsync(Cancel);

        db.Agents.Add(TestEntities.Agent("JONAS.WEBER@demo.local"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task Lookup_by_address_ignores_case()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        db.Agents.Add(TestEntities.Agent("jonas.weber@demo.local"));
        await db.SaveChangesAsync(Cancel);

        Assert.True(await db.Agents.AnyAsync(a => a.Email == "Jonas.Weber@Demo.Local", Cancel));
    }
}
