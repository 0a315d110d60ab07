namespace HelpdeskDashboard.Features.Customers;

/// <summary>The editable master data of a customer, as a form or API call sends it.</summary>
public sealed class CustomerDetails
{
    public string CompanyName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string Country { get; set; } = "";

    public string DisplayTimeZone { get; set; } = "";
}
