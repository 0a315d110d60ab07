using FluentValidation;
using HelpdeskDashboard.Features.Sla;

namespace HelpdeskDashboard.Features.Calendar.Holidays;

/// <summary>
/// A holiday import asks for a country the catalog knows, a region of that country (or none: the national holidays,
/// unless the country has no country-wide list) and a year the business calendar accepts.
/// </summary>
public sealed class HolidayImportRequestValidator : AbstractValidator<HolidayImportRequest>
{
    public HolidayImportRequestValidator(PublicHolidayCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        RuleFor(r => r.Country)
            .Must(code => catalog.FindCountry(code) is not null)
            .WithMessage(r => string.IsNullOrWhiteSpace(r.Country)
                ? "Choose a country."
                : $"'{r.Country}' is not a country whose holidays can be imported.");

        RuleFor(r => r.Region)
            .Custom((region, context) =>
            {
                if (catalog.FindCountry(context.InstanceToValidate.Country) is not { } country)
                {
                    return; // the country's own message says what is wrong
                }

                if (string.IsNullOrWhiteSpace(region))
                {
                    if (country.RegionRequired)
                    {
                        context.AddFailure($"Choose a region: the public holidays differ between {Listed(country.Regions.Select(r => r.Name).ToList())}.");
                    }
                }
                else if (country.FindRegion(region) is null)
                {
                    context.AddFailure(country.HasRegions
                        ? $"'{region}' is not a region of {country.Name}."
                        : $"{country.Name} has no regions to choose from; leave the region empty.");
                }
            });

        RuleFor(r => r.Year)
            .InclusiveBetween(BusinessCalendarRules.FirstYear, BusinessCalendarRules.LastYear)
            .WithMessage(r => $"The year must be from {BusinessCalendarRules.FirstYear} to {BusinessCalendarRules.LastYear}; {r.Year} is outside the years the calendar accepts.");
    }

    /// <summary>"England, Scotland and Wales".</summary>
    private static string Listed(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
