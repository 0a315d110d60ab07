using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Tests.Data;
using Microsoft.Extensions.Time.Testing;

using HelpdeskDashboard.Features.Orders;
namespace HelpdeskDashboard.Tests.Features.Billing;

public sealed class NewOrderValidatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 5, 13, 12, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, Action<NewOrder>> Changes = new()
    {
        ["empty order id"] = o => o.ExternalOrderId = "",
        ["order id one character too long"] = o => o.ExternalOrderId = new string('x', 101),
        ["order id already recorded"] = o => o.ExternalOrderId = "SO-2026-00001",
        ["zero amount"] = o => o.AmountCents = 0,
        ["ordered in the future"] = o => o.OrderedAt = Now.AddMinutes(1),
        ["unknown customer"] = o => o.CustomerId = 999,
    };

    private readonly SqliteTestDatabase database = SqliteTestDatabase.Create();
    private int customerId;

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "empty order id", nameof(NewOrder.ExternalOrderId), "Enter the shop's order id." },
        { "order id one character too long", nameof(NewOrder.ExternalOrderId), "The order id can be at most 100 characters; it has 101." },
        { "order id already recorded", nameof(NewOrder.ExternalOrderId), "Order 'SO-2026-00001' has already been recorded." },
        { "zero amount", nameof(NewOrder.AmountCents), "The amount cannot be zero; enter a refund as a negative amount." },
        { "ordered in the future", nameof(NewOrder.OrderedAt), "The order date is in the future." },
        { "unknown customer", nameof(NewOrder.CustomerId), "Customer 999 does not exist." },
    };

    public async ValueTask InitializeAsync()
    {
        await using var db = database.CreateDbContext();
        var customer = TestEntities.Customer();
        db.Orders.Add(new Order { Customer = customer, ExternalOrderId = "SO-2026-00001", AmountCents = 500_00 });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        customerId = customer.Id;
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Rejects_with_a_message_that_says_what_to_fix(string label, string property, string message)
    {
        var order = Valid();
        Changes[label](order);

        var result = await Validator().ValidateAsync(order, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    public static TheoryData<string, long> ValidAmounts => new()
    {
        { "an order of one cent", 1 },
        { "a large order", 1_250_000_00 },
        { "a refund", -199_99 },
    };

    [Theory]
    [MemberData(nameof(ValidAmounts))]
    public async Task Accepts_orders_and_refunds(string label, long cents)
    {
        var order = Valid();
        order.AmountCents = cents;

        var result = await Validator().ValidateAsync(order, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, $"{label}: {string.Join("; ", result.Errors)}");
    }

    private NewOrderValidator Validator() => new(database, new FakeTimeProvider(Now));

    private NewOrder Valid() => new()
    {
        CustomerId = customerId,
        ExternalOrderId = "SO-2026-00002",
        OrderedAt = Now,
        AmountCents = 1_499_00,
    };
}
