namespace HelpdeskDashboard.Features.Customers;

/// <summary>A person to add to (or edit at) a customer.</summary>
public sealed class CustomerUserDetails
{
    public int CustomerId { get; set; }

    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>IANA id; forms start it at the company's zone.</summary>
    public string TimeZone { get; set; } = "";
}
