using FluentValidation;
using HelpdeskDashboard.Platform.Validation;

namespace HelpdeskDashboard.Features.Tiers;

/// <summary>
/// Checks the whole "Tiers" section: every tier present, no unknown tier, each tier complete and sane.
/// Failures are named "Gold.MonthlyPrice", which start-up reports as "Tiers:Gold:MonthlyPrice".
/// </summary>
public sealed class TiersOptionsValidator : AbstractValidator<TiersOptions>
{
    public TiersOptionsValidator()
    {
        RuleFor(options => options.Tiers).Custom((tiers, context) =>
        {
            foreach (var name in tiers.Keys.Where(name => ParseTier(name) is null).Order(StringComparer.Ordinal))
            {
                context.AddFailure(name, $"is not a known tier (expected {KnownTierNames})");
            }

            var configured = tiers
                .Select(entry => (Tier: ParseTier(entry.Key), Settings: entry.Value))
                .Where(entry => entry.Tier is not null)
                .ToDictionary(entry => entry.Tier!.Value, entry => entry.Settings);

            foreach (var tier in Enum.GetValues<Tier>())
            {
                if (!configured.TryGetValue(tier, out var settings))
                {
                    context.AddFailure(tier.ToString(), "is missing");
                    continue;
                }

                foreach (var failure in new TierSettingsValidator(tier).Validate(settings).Errors)
                {
                    context.AddFailure($"{tier}.{failure.PropertyName}", failure.ErrorMessage);
                }
            }

            foreach (var clash in configured
                .Where(entry => entry.Value.PriorityRank is not null)
                .GroupBy(entry => entry.Value.PriorityRank!.Value)
                .Where(group => group.Count() > 1))
            {
                var names = clash.Select(entry => entry.Key).Order().ToList();
                foreach (var tier in names.Skip(1))
                {
                    context.AddFailure($"{tier}.{nameof(TierSettings.PriorityRank)}", $"must differ from {names[0]}'s ({clash.Key})");
                }
            }
        });
    }

    private static string KnownTierNames => string.Join(", ", Enum.GetNames<Tier>());

    // Exact names only: Enum.TryParse would also accept "1" or "Gold, Platinum".
    internal static Tier? ParseTier(string name) =>
        Enum.GetValues<Tier>().Cast<Tier?>().FirstOrDefault(tier => string.Equals(tier.ToString(), name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Rules for one tier; property names are the bare setting names ("MonthlyPrice").</summary>
internal sealed class TierSettingsValidator : AbstractValidator<TierSettings>
{
    /// <summary>Guards the conversion to cents; no support price comes near it, so a larger value is a typo.</summary>
    public const decimal MaximumAmount = 1_000_000m;

    public TierSettingsValidator(Tier tier)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(s => s.DisplayName).NotEmpty().WithMessage("is required");
        RuleFor(s => s.PortalAccess).NotNull().WithMessage("is required");
        RuleFor(s => s.Channel).NotEmpty().WithMessage("is required");

        if (RequiresResponseTarget(tier))
        {
            RuleFor(s => s.ResponseTargetBusinessHours).NotNull().WithMessage($"is required for the {tier} tier");
        }

        RuleFor(s => s.ResponseTargetBusinessHours).GreaterThan(0).WithMessage("must be greater than zero");

        RuleFor(s => s.IncludedHoursPerMonth).NotNull().WithMessage("is required")
            .GreaterThanOrEqualTo(0).WithMessage("must not be negative");

        Amount(s => s.ExtraHourRate);
        Amount(s => s.NewProjectFee);
        Amount(s => s.ChangeRate);
        Amount(s => s.MonthlyPrice);
        Amount(s => s.YearlyPrice);

        RuleFor(s => s.PriorityRank).NotNull().WithMessage("is required")
            .GreaterThanOrEqualTo(0).WithMessage("must not be negative");
    }

    /// <summary>Paid tiers promise a first response; Basic may go without one.</summary>
    public static bool RequiresResponseTarget(Tier tier) => tier != Tier.Basic;

    private void Amount(System.Linq.Expressions.Expression<Func<TierSettings, decimal?>> amount) =>
        RuleFor(amount)
            .NotNull().WithMessage("is required")
            .GreaterThanOrEqualTo(0m).WithMessage("must not be negative")
            .AtMostTwoDecimals()
            .LessThanOrEqualTo(MaximumAmount).WithMessage($"must not exceed {MaximumAmount:0}");
}
