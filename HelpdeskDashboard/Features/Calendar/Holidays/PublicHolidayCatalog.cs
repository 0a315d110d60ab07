using HelpdeskDashboard.Features.Sla;
using PublicHoliday;

namespace HelpdeskDashboard.Features.Calendar.Holidays;

/// <summary>
/// The countries (and their regions) whose public holidays a manager can import into the business calendar, and the
/// holidays of one of them in one year, computed by the PublicHoliday library. Stateless: the library's calculators are
/// mutable, so each call builds its own.
/// </summary>
/// <remarks>
/// A holiday is proposed on its observed date, the day off (the US's 4 July 2027, a Sunday, is observed on Monday
/// 5 July), named "… (observed)" when that is not the holiday itself; an observed date can fall in the year before (New
/// Year 2028 observed on Friday 31 December 2027), so the years either side are read too. Names are the library's English
/// ones where it has them. Two holidays on one date (Labour Day and Ascension, 1 May 2008 in Germany) become one
/// proposal, as the calendar has one closure per date.
/// Left out on purpose: Portugal, whose "official only" list in the library includes the Azores' and Madeira's regional
/// days; countries whose lists rest on lookup tables of a few years (Turkey).
/// </remarks>
public sealed class PublicHolidayCatalog
{
    private readonly Dictionary<string, HolidayCountry> _byCode;

    public PublicHolidayCatalog()
    {
        Countries = [.. BuildCountries().OrderBy(c => c.Name, StringComparer.Ordinal)];
        _byCode = Countries.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The countries offered, by English name.</summary>
    public IReadOnlyList<HolidayCountry> Countries { get; }

    /// <summary>The country with this code (any case), or null.</summary>
    public HolidayCountry? FindCountry(string? code) =>
        !string.IsNullOrWhiteSpace(code) && _byCode.TryGetValue(code.Trim(), out var country) ? country : null;

    /// <summary>
    /// The holidays of a valid request (<see cref="HolidayImportRequestValidator"/>), one per date, by date, all in
    /// <see cref="HolidayImportRequest.Year"/>. Throws <see cref="ArgumentException"/> for an invalid one.
    /// </summary>
    public IReadOnlyList<ProposedHoliday> HolidaysFor(HolidayImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var country = FindCountry(request.Country) ?? throw new ArgumentException($"Unknown country '{request.Country}'.", nameof(request));
        string? region = null;
        if (!string.IsNullOrWhiteSpace(request.Region))
        {
            region = (country.FindRegion(request.Region)
                ?? throw new ArgumentException($"'{request.Region}' is not a region of {country.Name}.", nameof(request))).Code;
        }
        else if (country.RegionRequired)
        {
            throw new ArgumentException($"{country.Name} needs a region.", nameof(request));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(request.Year, BusinessCalendarRules.FirstYear, nameof(request));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Year, BusinessCalendarRules.LastYear, nameof(request));

        var calculator = country.Calculator(region);
        var namesByDate = new SortedDictionary<DateOnly, List<string>>();
        for (var year = request.Year - 1; year <= request.Year + 1; year++)
        {
            foreach (var holiday in calculator.PublicHolidaysInformation(year))
            {
                var date = DateOnly.FromDateTime(holiday.HolidayDate);
                var observed = holiday.ObservedDate == default ? date : DateOnly.FromDateTime(holiday.ObservedDate);
                if (observed.Year != request.Year)
                {
                    continue;
                }

                var name = string.IsNullOrWhiteSpace(holiday.EnglishName) ? holiday.Name : holiday.EnglishName;
                name = observed == date ? name.Trim() : $"{name.Trim()} (observed)";
                var names = namesByDate.TryGetValue(observed, out var known) ? known : namesByDate[observed] = [];
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return [.. namesByDate.Select(pair => new ProposedHoliday(pair.Key, Shortened(string.Join(" / ", pair.Value))))];
    }

    private static string Shortened(string name) =>
        name.Length <= BusinessCalendarRules.MaxNameLength ? name : name[..(BusinessCalendarRules.MaxNameLength - 1)] + "…";

    private static IEnumerable<HolidayCountry> BuildCountries()
    {
        yield return Plain("AT", "Austria", () => new AustriaPublicHoliday());
        yield return WithEnum("AU", "Australia", AustraliaPublicHoliday.States.All,
            [
                (AustraliaPublicHoliday.States.ACT, "Australian Capital Territory"),
                (AustraliaPublicHoliday.States.NSW, "New South Wales"),
                (AustraliaPublicHoliday.States.NT, "Northern Territory"),
                (AustraliaPublicHoliday.States.QLD, "Queensland"),
                (AustraliaPublicHoliday.States.SA, "South Australia"),
                (AustraliaPublicHoliday.States.TAS, "Tasmania"),
                (AustraliaPublicHoliday.States.VIC, "Victoria"),
                (AustraliaPublicHoliday.States.WA, "Western Australia"),
            ],
            state => new AustraliaPublicHoliday { State = state });
        yield return Plain("BE", "Belgium", () => new BelgiumPublicHoliday());
        yield return Canada();
        yield return WithEnum("CH", "Switzerland", SwitzerlandPublicHoliday.Cantons.OnlyOfficial,
            [
                (SwitzerlandPublicHoliday.Cantons.AG, "Aargau"),
                (SwitzerlandPublicHoliday.Cantons.AI, "Appenzell Innerrhoden"),
                (SwitzerlandPublicHoliday.Cantons.AR, "Appenzell Ausserrhoden"),
                (SwitzerlandPublicHoliday.Cantons.BL, "Basel-Landschaft"),
                (SwitzerlandPublicHoliday.Cantons.BS, "Basel-Stadt"),
                (SwitzerlandPublicHoliday.Cantons.BE, "Bern"),
                (SwitzerlandPublicHoliday.Cantons.FR, "Fribourg"),
                (SwitzerlandPublicHoliday.Cantons.GE, "Geneva"),
                (SwitzerlandPublicHoliday.Cantons.GL, "Glarus"),
                (SwitzerlandPublicHoliday.Cantons.GR, "Graubünden"),
                (SwitzerlandPublicHoliday.Cantons.JU, "Jura"),
                (SwitzerlandPublicHoliday.Cantons.LU, "Lucerne"),
                (SwitzerlandPublicHoliday.Cantons.NE, "Neuchâtel"),
                (SwitzerlandPublicHoliday.Cantons.NW, "Nidwalden"),
                (SwitzerlandPublicHoliday.Cantons.OW, "Obwalden"),
                (SwitzerlandPublicHoliday.Cantons.SG, "St. Gallen"),
                (SwitzerlandPublicHoliday.Cantons.SH, "Schaffhausen"),
                (SwitzerlandPublicHoliday.Cantons.SZ, "Schwyz"),
                (SwitzerlandPublicHoliday.Cantons.SO, "Solothurn"),
                (SwitzerlandPublicHoliday.Cantons.TG, "Thurgau"),
                (SwitzerlandPublicHoliday.Cantons.TI, "Ticino"),
                (SwitzerlandPublicHoliday.Cantons.UR, "Uri"),
                (SwitzerlandPublicHoliday.Cantons.VS, "Valais"),
                (SwitzerlandPublicHoliday.Cantons.VD, "Vaud"),
                (SwitzerlandPublicHoliday.Cantons.ZG, "Zug"),
                (SwitzerlandPublicHoliday.Cantons.ZH, "Zurich"),
            ],
            // The three flags only matter without a canton; with one, the canton's own list applies.
            canton => new SwitzerlandPublicHoliday(hasSecondJanuary: false, hasLaborDay: false, hasCorpusChristi: false) { Canton = canton });
        yield return Plain("CZ", "Czechia", () => new CzechRepublicPublicHoliday());
        yield return WithEnum("DE", "Germany", GermanPublicHoliday.States.ALL,
            [
                (GermanPublicHoliday.States.BW, "Baden-Württemberg"),
                (GermanPublicHoliday.States.BY, "Bavaria"),
                (GermanPublicHoliday.States.BE, "Berlin"),
                (GermanPublicHoliday.States.BB, "Brandenburg"),
                (GermanPublicHoliday.States.HB, "Bremen"),
                (GermanPublicHoliday.States.HH, "Hamburg"),
                (GermanPublicHoliday.States.HE, "Hesse"),
                (GermanPublicHoliday.States.MV, "Mecklenburg-Western Pomerania"),
                (GermanPublicHoliday.States.NI, "Lower Saxony"),
                (GermanPublicHoliday.States.NW, "North Rhine-Westphalia"),
                (GermanPublicHoliday.States.RP, "Rhineland-Palatinate"),
                (GermanPublicHoliday.States.SL, "Saarland"),
                (GermanPublicHoliday.States.SN, "Saxony"),
                (GermanPublicHoliday.States.ST, "Saxony-Anhalt"),
                (GermanPublicHoliday.States.SH, "Schleswig-Holstein"),
                (GermanPublicHoliday.States.TH, "Thuringia"),
            ],
            state => new GermanPublicHoliday { State = state });
        yield return Plain("DK", "Denmark", () => new DenmarkPublicHoliday());
        yield return Plain("ES", "Spain", () => new SpainPublicHoliday());
        yield return Plain("FI", "Finland", () => new FinlandPublicHoliday(includeNonOfficialHolidays: false));
        yield return WithEnum("FR", "France", FrancePublicHoliday.Regions.OnlyOfficial,
            [
                (FrancePublicHoliday.Regions.AlsaceMoselle, "Alsace-Moselle"),
                (FrancePublicHoliday.Regions.Guadeloupe, "Guadeloupe"),
                (FrancePublicHoliday.Regions.Guyane, "French Guiana"),
                (FrancePublicHoliday.Regions.Martinique, "Martinique"),
                (FrancePublicHoliday.Regions.Mayotte, "Mayotte"),
                (FrancePublicHoliday.Regions.NouvelleCaledonie, "New Caledonia"),
                (FrancePublicHoliday.Regions.PolynesieFrancaise, "French Polynesia"),
                (FrancePublicHoliday.Regions.Reunion, "Réunion"),
                (FrancePublicHoliday.Regions.SaintBarthelemy, "Saint Barthélemy"),
                (FrancePublicHoliday.Regions.SaintMartin, "Saint Martin"),
                (FrancePublicHoliday.Regions.WallisEtFutuna, "Wallis and Futuna"),
            ],
            region => new FrancePublicHoliday { Region = region });
        yield return UnitedKingdom();
        yield return Plain("IE", "Ireland", () => new IrelandPublicHoliday());
        yield return Plain("IT", "Italy", () => new ItalyPublicHoliday());
        yield return Plain("LU", "Luxembourg", () => new LuxembourgPublicHoliday());
        yield return Plain("NL", "Netherlands", () => new DutchPublicHoliday());
        yield return Plain("NO", "Norway", () => new NorwayPublicHoliday());
        yield return WithEnum("NZ", "New Zealand", NewZealandPublicHoliday.ProvincialDistricts.ALL,
            [
                (NewZealandPublicHoliday.ProvincialDistricts.AUCKLAND, "Auckland"),
                (NewZealandPublicHoliday.ProvincialDistricts.CANTERBURY, "Canterbury"),
                (NewZealandPublicHoliday.ProvincialDistricts.CHATHAM_ISLANDS, "Chatham Islands"),
                (NewZealandPublicHoliday.ProvincialDistricts.HAWKES_BAY, "Hawke's Bay"),
                (NewZealandPublicHoliday.ProvincialDistricts.MARLBOROUGH, "Marlborough"),
                (NewZealandPublicHoliday.ProvincialDistricts.NELSON, "Nelson"),
                (NewZealandPublicHoliday.ProvincialDistricts.NORTHLAND, "Northland"),
                (NewZealandPublicHoliday.ProvincialDistricts.OTAGO, "Otago"),
                (NewZealandPublicHoliday.ProvincialDistricts.SOUTH_CANTERBURY, "South Canterbury"),
                (NewZealandPublicHoliday.ProvincialDistricts.SOUTHLAND, "Southland"),
                (NewZealandPublicHoliday.ProvincialDistricts.TARANAKI, "Taranaki"),
                (NewZealandPublicHoliday.ProvincialDistricts.WELLINGTON, "Wellington"),
                (NewZealandPublicHoliday.ProvincialDistricts.WESTLAND, "Westland"),
            ],
            district => new NewZealandPublicHoliday { ProvincialDistrict = district });
        yield return Plain("PL", "Poland", () => new PolandPublicHoliday());
        yield return Plain("SE", "Sweden", () => new SwedenPublicHoliday());
        yield return Plain("US", "United States", () => new USAPublicHoliday());
    }

    private static HolidayCountry Plain(string code, string name, Func<IPublicHolidays> calculator) =>
        new(code, name, [], regionRequired: false, _ => calculator());

    /// <summary>A country whose regions are a library enum; the region code is the member's name ("BY").</summary>
    private static HolidayCountry WithEnum<TRegion>(
        string code, string name, TRegion wholeCountry, (TRegion Value, string Name)[] regions, Func<TRegion, IPublicHolidays> calculator)
        where TRegion : struct, Enum =>
        new(code, name, [.. regions.Select(r => new HolidayRegion(r.Value.ToString(), r.Name))], regionRequired: false,
            region => calculator(region is null ? wholeCountry : Enum.Parse<TRegion>(region)));

    /// <summary>The library takes a province code; without one it gives its country-wide (federal) list.</summary>
    private static HolidayCountry Canada()
    {
        HolidayRegion[] provinces =
        [
            new("AB", "Alberta"), new("BC", "British Columbia"), new("MB", "Manitoba"), new("NB", "New Brunswick"),
            new("NL", "Newfoundland and Labrador"), new("NT", "Northwest Territories"), new("NS", "Nova Scotia"),
            new("NU", "Nunavut"), new("ON", "Ontario"), new("PE", "Prince Edward Island"), new("QC", "Quebec"),
            new("SK", "Saskatchewan"), new("YT", "Yukon"),
        ];
        return new HolidayCountry("CA", "Canada", provinces, regionRequired: false, province => new CanadaPublicHoliday(province ?? ""));
    }

    /// <summary>Codes are ISO 3166-2:GB's; the library has no UK-wide list (its default is England's), hence a required region.</summary>
    private static HolidayCountry UnitedKingdom()
    {
        var countries = new Dictionary<string, UKBankHoliday.UkCountries>(StringComparer.Ordinal)
        {
            ["ENG"] = UKBankHoliday.UkCountries.England,
            ["NIR"] = UKBankHoliday.UkCountries.NorthernIreland,
            ["SCT"] = UKBankHoliday.UkCountries.Scotland,
            ["WLS"] = UKBankHoliday.UkCountries.Wales,
        };
        HolidayRegion[] regions = [new("ENG", "England"), new("NIR", "Northern Ireland"), new("SCT", "Scotland"), new("WLS", "Wales")];
        return new HolidayCountry("GB", "United Kingdom", regions, regionRequired: true,
            region => new UKBankHoliday(countries[region ?? throw new ArgumentNullException(nameof(region), "The United Kingdom needs a region.")]));
    }
}
