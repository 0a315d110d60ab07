namespace HelpdeskDashboard.Features.Orders;

/// <summary>The "Orders" section.</summary>
public sealed class OrdersOptions
{
    public const string SectionName = "Orders";

    public const int MinimumApiKeyLength = 32;

    /// <summary>The shop system's key for POST /api/orders (header X-Api-Key). Empty: the API refuses every call.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Orders per API call or CSV file.</summary>
    public int MaxBatchSize { get; set; } = 10_000;
}
