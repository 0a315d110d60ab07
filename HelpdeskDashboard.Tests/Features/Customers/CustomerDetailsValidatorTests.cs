using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Tests.Features.Customers;

public sealed class CustomerDetailsValidatorTests
{
    public static TheoryData<string, string, string, string> Invalid => new()
    {
        { "empty company name", nameof(CustomerDetails.CompanyName), "", "Enter the company name." },
        { "company name one character too long", nameof(CustomerDetails.CompanyName), new string('c', 201), "The company name can be at most 200 characters." },
        { "empty e-mail", nameof(CustomerDetails.ContactEmail), "", "Enter an e-mail address." },
        { "e-mail without @", nameof(CustomerDetails.ContactEmail), "it.nordlicht.example", "'it.nordlicht.example' is not a valid e-mail address (expected name@example.com)." },
        { "e-mail with two @", nameof(CustomerDetails.ContactEmail), "it@@nordlicht.example", "'it@@nordlicht.example' is not a valid e-mail address (expected name@example.com)." },
        { "e-mail without a dotted domain", nameof(CustomerDetails.ContactEmail), "it@localhost", "'it@localhost' is not a valid e-mail address (expected name@example.com)." },
        { "e-mail with a display name", nameof(CustomerDetails.ContactEmail), "IT <it@nordlicht.example>", "'IT <it@nordlicht.example>' is not a valid e-mail address (expected name@example.com)." },
        { "e-mail with a space", nameof(CustomerDetails.ContactEmail), "it desk@nordlicht.example", "'it desk@nordlicht.example' is not a valid e-mail address (expected name@example.com)." },
        { "e-mail over 254 characters", nameof(CustomerDetails.ContactEmail), new string('a', 250) + "@x.de", "An e-mail address can be at most 254 characters." },
        { "empty country", nameof(CustomerDetails.Country), "", "Choose a country." },
        { "lower-case country", nameof(CustomerDetails.Country), "de", "'de' is not an ISO 3166 two-letter country code such as DE or US." },
        { "three-letter country", nameof(CustomerDetails.Country), "DEU", "'DEU' is not an ISO 3166 two-letter country code such as DE or US." },
        { "unassigned country code", nameof(CustomerDetails.Country), "XX", "'XX' is not an ISO 3166 two-letter country code such as DE or US." },
        { "empty time zone", nameof(CustomerDetails.DisplayTimeZone), "", "Choose a time zone." },
        { "unknown time zone", nameof(CustomerDetails.DisplayTimeZone), "Mars/Olympus_Mons", "'Mars/Olympus_Mons' is not a known IANA time zone id such as Europe/Berlin." },
        { "Windows time zone id", nameof(CustomerDetails.DisplayTimeZone), "W. Europe Standard Time", "'W. Europe Standard Time' is not a known IANA time zone id such as Europe/Berlin." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_with_a_message_that_says_what_to_fix(string label, string property, string value, string message)
    {
        var details = Valid();
        typeof(CustomerDetails).GetProperty(property)!.SetValue(details, value);

        var result = new CustomerDetailsValidator().Validate(details);

        var error = Assert.Single(result.Errors);
        Assert.True(error.PropertyName == property, $"{label}: error on {error.PropertyName}");
        Assert.Equal(message, error.ErrorMessage);
    }

    public static TheoryData<string, string, string, string> ValidCustomers => new()
    {
        { "German company", "it@nordlicht.example", "DE", "Europe/Berlin" },
        { "sub-domain and plus address", "support+helpdesk@eu.sakura-precision.example", "JP", "Asia/Tokyo" },
        { "zone with half-hour offset", "ops@pune-drives.example", "IN", "Asia/Kolkata" },
        { "UTC", "ops@example.org", "GB", "Etc/UTC" },
    };

    [Theory]
    [MemberData(nameof(ValidCustomers))]
    public void Accepts_plausible_customers(string label, string email, string country, string timeZone)
    {
        var details = Valid();
        details.ContactEmail = email;
        details.Country = country;
        details.DisplayTimeZone = timeZone;

        var result = new CustomerDetailsValidator().Validate(details);

        Assert.True(result.IsValid, $"{label}: {string.Join("; ", result.Errors)}");
    }

    private static CustomerDetails Valid() => new()
    {
        CompanyName = "Nordlicht Sensorik AG",
        ContactEmail = "it@nordlicht.example",
        Country = "DE",
        DisplayTimeZone = "Europe/Berlin",
    };
}
