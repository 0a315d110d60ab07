namespace HelpdeskDashboard.Features.Orders;

/// <summary>One order as the shop sends it (JSON) or a CSV row holds it, before validation.</summary>
public sealed class OrderLine
{
    public string? ExternalOrderId { get; set; }

    public int? CustomerId { get; set; }

    /// <summary>ISO 8601; with an offset ("2026-03-31T23:59:00+02:00", "...Z") or without one, then company local time.</summary>
    public string? OrderedAt { get; set; }

    /// <summary>Euros with at most two decimals; a refund is negative.</summary>
    public decimal? Amount { get; set; }

    /// <summary>Optional; only "EUR" is accepted.</summary>
    public string? Currency { get; set; }
}

/// <summary>The JSON body of POST /api/orders: {"orders":[{...}]}.</summary>
public sealed class OrderBatchRequest
{
    public List<OrderLine>? Orders { get; set; }
}

/// <summary>
/// A problem with one row; row 1 is the first order (the first data line of a CSV file). <paramref name="Conflict"/>:
/// the order was stored before with other values (the API answers 409 when every error is one).
/// </summary>
public sealed record OrderRowError(int Row, string? ExternalOrderId, string Field, string Message, bool Conflict = false);

/// <summary>A valid order, ready to store.</summary>
public sealed record ValidOrder(string ExternalOrderId, int CustomerId, DateTimeOffset OrderedAt, long AmountCents);
