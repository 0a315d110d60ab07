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

    /// <summary>The largest body POST /api/orders reads; a full batch of short orders is about 2 MB.</summary>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Orders placed longer ago than this are refused as implausible dates (a typo, or 0001-01-01 from a null).</summary>
    public int MaxOrderAgeYears { get; set; } = 20;
}
