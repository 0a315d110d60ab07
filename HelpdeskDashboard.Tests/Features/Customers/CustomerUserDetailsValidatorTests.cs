using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Tests.Features.Customers;

public sealed class CustomerUserDetailsValidatorTests
{
    public static TheoryData<string, int, string, string, string, string> Invalid => new()
    {
        { "no customer", 0, "Anna Bauer", "anna@kessler.example", nameof(CustomerUserDetails.CustomerId), "Choose the customer this person belongs to." },
        { "empty name", 1, "", "anna@kessler.example", nameof(CustomerUserDetails.DisplayName), "Enter the person's name." },
        { "malformed e-mail", 1, "Anna Bauer", "anna@", nameof(CustomerUserDetails.Email), "'anna@' is not a valid e-mail address (expected name@example.com)." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_with_a_message_that_says_what_to_fix(string label, int customerId, string name, string email, string property, string message)
    {
        var result = new CustomerUserDetailsValidator().Validate(new CustomerUserDetails { CustomerId = customerId, DisplayName = name, Email = email, TimeZone = "Europe/Berlin" });

        var error = Assert.Single(result.Errors);
        Assert.True(error.PropertyName == property, $"{label}: error on {error.PropertyName}");
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Accepts_a_person_with_a_plain_address()
    {
        var result = new CustomerUserDetailsValidator().Validate(new CustomerUserDetails { CustomerId = 1, DisplayName = "Anna Bauer", Email = "anna@kessler.example", TimeZone = "America/New_York" });

        Assert.True(result.IsValid);
    }

    public static TheoryData<string, string, string> InvalidZones => new()
    {
        { "no zone", "", "Choose a time zone." },
        { "unknown zone", "Mars/Olympus_Mons", "'Mars/Olympus_Mons' is not a known IANA time zone id such as Europe/Berlin." },
        { "Windows id", "W. Europe Standard Time", "'W. Europe Standard Time' is not a known IANA time zone id such as Europe/Berlin." },
    };

    [Theory]
    [MemberData(nameof(InvalidZones))]
    public void Rejects_a_time_zone_that_is_not_a_known_iana_id(string label, string zone, string message)
    {
        _ = label;
        var result = new CustomerUserDetailsValidator().Validate(
            new CustomerUserDetails { CustomerId = 1, DisplayName = "Anna Bauer", Email = "anna@kessler.example", TimeZone = zone });

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(CustomerUserDetails.TimeZone), message), (error.PropertyName, error.ErrorMessage));
    }
}
