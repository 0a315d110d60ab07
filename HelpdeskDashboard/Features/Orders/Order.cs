using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Features.Orders;

/// <summary>An order from the shop system; its amounts make up a customer's turnover.</summary>
public sealed class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    /// <summary>The shop system's id; unique so that importing the same order twice is refused.</summary>
    public required string ExternalOrderId { get; set; }

    public long OrderedUtcTicks { get; set; }

    /// <summary>Euro cents; refunds are negative.</summary>
    public long AmountCents { get; set; }
}
