using HelpdeskDashboard.Features.Calendar.Holidays;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Tests.Features.Calendar.Holidays;

public sealed class PublicHolidayCatalogTests
{
    private static readonly PublicHolidayCatalog Catalog = new();

    public static TheoryData<string, string?, int, string, string> Included => new()
    {
        { "DE", null, 2027, "2027-01-01", "New Year" },
        { "DE", null, 2027, "2027-03-29", "Easter Monday" },
        { "DE", null, 2027, "2027-10-03", "German Unity Day" },
        { "DE", "BY", 2027, "2027-01-06", "Epiphany" },
        { "DE", "BY", 2027, "2027-08-15", "Assumption" },
        { "de", "by", 2027, "2027-11-01", "All Saints" }, // codes in any case
        { "DE", "BE", 2027, "2027-03-08", "International Women's Day" },
        { "AT", null, 2027, "2027-10-26", "National Day" },
        { "CH", null, 2027, "2027-08-01", "National Day" },
        { "CH", "ZH", 2027, "2027-01-02", "Berchtold's Day" },
        { "FR", null, 2027, "2027-07-14", "Bastille Day" },
        { "FR", "AlsaceMoselle", 2027, "2027-12-26", "St Stephen's Day" },
        { "GB", "SCT", 2027, "2027-11-30", "St Andrew's Day" },
        { "GB", "ENG", 2027, "2027-12-27", "Christmas (observed)" }, // 25 December 2027 is a Saturday
        { "IT", null, 2027, "2027-06-02", "Republic Day" },
        { "NL", null, 2027, "2027-04-27", "King's Day" },
        { "BE", null, 2027, "2027-07-21", "Belgian National Day" },
        { "ES", null, 2027, "2027-10-12", "National Day" },
        { "IE", null, 2027, "2027-03-17", "St Patrick's Day" },
        { "US", null, 2027, "2027-07-05", "Independence Day (observed)" }, // 4 July 2027 is a Sunday
        { "US", null, 2027, "2027-12-31", "New Year (observed)" }, // 1 January 2028 is a Saturday
        { "CA", "QC", 2027, "2027-06-24", "National Holiday" },
        { "AU", "VIC", 2027, "2027-11-02", "Melbourne Cup" },
        { "DE", null, 2008, "2008-05-01", "Labour Day / Ascension" }, // one closure per date
    };

    public static TheoryData<string, string?, int, string> Excluded => new()
    {
        { "DE", null, 2027, "2027-01-06" }, // Epiphany is only some states'
        { "DE", null, 2027, "2027-11-01" },
        { "CH", null, 2027, "2027-01-02" },
        { "US", null, 2027, "2027-07-04" }, // the Sunday itself is not the day off
        { "GB", "ENG", 2027, "2027-11-30" },
    };

    [Theory]
    [MemberData(nameof(Included))]
    public void Lists_the_holiday_on_its_observed_date_with_its_English_name(string country, string? region, int year, string date, string name)
    {
        var holidays = Catalog.HolidaysFor(new HolidayImportRequest { Country = country, Region = region, Year = year });

        Assert.Contains(new ProposedHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), name), holidays);
    }

    [Theory]
    [MemberData(nameof(Excluded))]
    public void Leaves_out_what_the_country_or_region_does_not_keep(string country, string? region, int year, string date)
    {
        var holidays = Catalog.HolidaysFor(new HolidayImportRequest { Country = country, Region = region, Year = year });

        Assert.DoesNotContain(holidays, h => h.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Bavaria_adds_its_holidays_to_the_national_ones()
    {
        var national = Catalog.HolidaysFor(new HolidayImportRequest { Country = "DE", Year = 2027 });
        var bavaria = Catalog.HolidaysFor(new HolidayImportRequest { Country = "DE", Region = "BY", Year = 2027 });

        Assert.Equal(9, national.Count);
        Assert.Subset(bavaria.ToHashSet(), national.ToHashSet());
        Assert.Equal(
            [new DateOnly(2027, 1, 6), new DateOnly(2027, 5, 27), new DateOnly(2027, 8, 15), new DateOnly(2027, 11, 1)],
            bavaria.Except(national).Select(h => h.Date));
    }

    public static TheoryData<string, string?, int> EveryCountryAndYear()
    {
        var data = new TheoryData<string, string?, int>();
        foreach (var country in Catalog.Countries)
        {
            foreach (var year in new[] { BusinessCalendarRules.FirstYear, 2027, BusinessCalendarRules.LastYear })
            {
                if (!country.RegionRequired)
                {
                    data.Add(country.Code, null, year);
                }

                foreach (var region in country.Regions)
                {
                    data.Add(country.Code, region.Code, year);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCountryAndYear))]
    public void Every_list_is_sorted_one_per_date_within_the_year_and_named(string country, string? region, int year)
    {
        var holidays = Catalog.HolidaysFor(new HolidayImportRequest { Country = country, Region = region, Year = year });

        Assert.NotEmpty(holidays);
        Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
        Assert.All(holidays, h => Assert.InRange(h.Name.Trim().Length, 1, BusinessCalendarRules.MaxNameLength));
        Assert.True(holidays.Zip(holidays.Skip(1)).All(pair => pair.First.Date < pair.Second.Date), "dates are strictly ascending");
    }

    [Fact]
    public void Offers_the_common_countries_and_the_german_states()
    {
        Assert.Superset(
            new HashSet<string> { "DE", "AT", "CH", "FR", "GB", "NL", "BE", "IT", "ES", "IE", "US", "AU", "CA" },
            Catalog.Countries.Select(c => c.Code).ToHashSet());
        Assert.Equal(Catalog.Countries.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Code), Catalog.Countries.Select(c => c.Code));

        var germany = Catalog.FindCountry("DE")!;
        Assert.Equal("Germany", germany.Name);
        Assert.Equal(16, germany.Regions.Count);
        Assert.Equal("Bavaria", germany.FindRegion("BY")!.Name);
        Assert.False(germany.RegionRequired);

        Assert.Empty(Catalog.FindCountry("IT")!.Regions);
        Assert.True(Catalog.FindCountry("GB")!.RegionRequired);
        Assert.Null(Catalog.FindCountry("XX"));
    }

    public static TheoryData<string, string?, int> Invalid => new()
    {
        { "XX", null, 2027 },
        { "", null, 2027 },
        { "AT", "BY", 2027 },
        { "GB", null, 2027 },
        { "DE", null, 1999 },
        { "DE", null, 2100 },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Refuses_a_request_the_validator_refuses(string country, string? region, int year)
    {
        var request = new HolidayImportRequest { Country = country, Region = region, Year = year };

        Assert.False(new HolidayImportRequestValidator(Catalog).Validate(request).IsValid);
        Assert.ThrowsAny<ArgumentException>(() => Catalog.HolidaysFor(request));
    }
}
