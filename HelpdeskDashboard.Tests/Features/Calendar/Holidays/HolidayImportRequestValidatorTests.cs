using HelpdeskDashboard.Features.Calendar.Holidays;

namespace HelpdeskDashboard.Tests.Features.Calendar.Holidays;

public sealed class HolidayImportRequestValidatorTests
{
    private readonly HolidayImportRequestValidator _validator = new(new PublicHolidayCatalog());

    public static TheoryData<string, string?, int> Valid => new()
    {
        { "DE", null, 2027 },
        { "DE", "", 2027 },
        { "DE", "BY", 2027 },
        { "de", "by", 2027 },
        { "IT", null, 2000 },
        { "US", null, 2099 },
        { "GB", "SCT", 2027 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts_a_known_country_its_own_region_or_none_and_a_calendar_year(string country, string? region, int year) =>
        Assert.True(_validator.Validate(new HolidayImportRequest { Country = country, Region = region, Year = year }).IsValid);

    public static TheoryData<string, string?, int, string, string> Invalid => new()
    {
        { "", null, 2027, "Country", "Choose a country." },
        { "XX", null, 2027, "Country", "'XX' is not a country whose holidays can be imported." },
        { "CH", "BY", 2027, "Region", "'BY' is not a region of Switzerland." },
        { "DE", "ZH", 2027, "Region", "'ZH' is not a region of Germany." },
        { "AT", "BY", 2027, "Region", "Austria has no regions to choose from; leave the region empty." },
        { "GB", null, 2027, "Region", "Choose a region: the public holidays differ between England, Northern Ireland, Scotland and Wales." },
        { "DE", null, 1999, "Year", "The year must be from 2000 to 2099; 1999 is outside the years the calendar accepts." },
        { "DE", null, 2100, "Year", "The year must be from 2000 to 2099; 2100 is outside the years the calendar accepts." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Refuses_with_one_clear_message_on_the_field_at_fault(string country, string? region, int year, string property, string message)
    {
        var result = _validator.Validate(new HolidayImportRequest { Country = country, Region = region, Year = year });

        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }
}
