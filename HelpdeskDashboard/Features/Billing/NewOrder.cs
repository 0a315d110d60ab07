namespace HelpdeskDashboard.Features.Billing;

/// <summary>An order as the shop system reports it.</summary>
public sealed class NewOrder
{
    public int CustomerId { get; set; }

    public string ExternalOrderId { get; set; } = "";

    public DateTimeOffset OrderedAt { get; set; }

    /// <summary>Euro cents; a refund is negative.</summary>
    public long AmountCents { get; set; }
}
