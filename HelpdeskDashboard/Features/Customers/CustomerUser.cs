namespace HelpdeskDashboard.Features.Customers;

/// <summary>A person at a customer who signs in to the portal.</summary>
public sealed class CustomerUser
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public required string DisplayName { get; set; }

    public required string Email { get; set; }

    /// <summary>IANA time zone id used to show times to this person; starts as the company's zone.</summary>
    public required string TimeZone { get; set; }

    /// <summary>
    /// The Identity sign-in account (ApplicationUser) this person uses, linked by the AccountProvisioner; null while the
    /// person has no account, and again if the account is deleted (the person and their history stay).
    /// </summary>
    public string? IdentityUserId { get; set; }
}
