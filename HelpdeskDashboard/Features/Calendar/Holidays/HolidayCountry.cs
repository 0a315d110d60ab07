using PublicHoliday;

namespace HelpdeskDashboard.Features.Calendar.Holidays;

/// <summary>
/// A country the holiday import offers: its code (ISO 3166-1 alpha-2), English name and the regions the PublicHoliday
/// library distinguishes. <see cref="RegionRequired"/>: the library has no country-wide list (the UK's bank holidays
/// differ between its four countries and the library's default is England's), so a region must be chosen.
/// </summary>
public sealed class HolidayCountry
{
    private readonly Func<string?, IPublicHolidays> _calculator;

    internal HolidayCountry(string code, string name, IReadOnlyList<HolidayRegion> regions, bool regionRequired, Func<string?, IPublicHolidays> calculator)
    {
        Code = code;
        Name = name;
        Regions = regions;
        RegionRequired = regionRequired;
        _calculator = calculator;
    }

    public string Code { get; }

    public string Name { get; }

    public IReadOnlyList<HolidayRegion> Regions { get; }

    public bool HasRegions => Regions.Count > 0;

    public bool RegionRequired { get; }

    /// <summary>The region with this code (any case), or null.</summary>
    public HolidayRegion? FindRegion(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : Regions.FirstOrDefault(r => string.Equals(r.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A new calculator for the region (a known code, or null for the whole country): the library's are mutable, so never shared.</summary>
    internal IPublicHolidays Calculator(string? regionCode) => _calculator(regionCode);
}
