using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Features.Tiers;

/// <summary>The tiers on offer, one definition per <see cref="Tier"/>.</summary>
public sealed class TierCatalog
{
    private readonly Dictionary<Tier, TierDefinition> _byTier;

    public TierCatalog(IEnumerable<TierDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var list = definitions.ToList();

        var duplicate = list.GroupBy(d => d.Tier).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Tier {duplicate.Key} is defined more than once.", nameof(definitions));
        }

        var missing = Enum.GetValues<Tier>().Except(list.Select(d => d.Tier)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Tier(s) {string.Join(", ", missing)} not defined.", nameof(definitions));
        }

        _byTier = list.ToDictionary(d => d.Tier);
        All = list.OrderBy(d => d.PriorityRank).ThenBy(d => d.Tier).ToList();
    }

    /// <summary>Every tier, lowest priority first, the order in which a comparison reads.</summary>
    public IReadOnlyList<TierDefinition> All { get; }

    public TierDefinition Get(Tier tier) =>
        _byTier.TryGetValue(tier, out var definition)
            ? definition
            : throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier.");

    /// <summary>Builds the catalogue from options that <see cref="TiersOptionsValidator"/> accepted.</summary>
    public static TierCatalog FromOptions(TiersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TierCatalog(Enum.GetValues<Tier>().Select(tier => ToDefinition(tier, Settings(options, tier))));
    }

    private static TierSettings Settings(TiersOptions options, Tier tier) =>
        options.Tiers.TryGetValue(tier.ToString(), out var settings)
            ? settings
            : throw new InvalidOperationException($"Tiers:{tier} is missing; the options were not validated.");

    private static TierDefinition ToDefinition(Tier tier, TierSettings s) => new()
    {
        Tier = tier,
        DisplayName = Required(s.DisplayName, tier),
        PortalAccess = Required(s.PortalAccess, tier),
        Channel = Required(s.Channel, tier),
        ResponseTargetBusinessHours = s.ResponseTargetBusinessHours,
        IncludedHoursPerMonth = Required(s.IncludedHoursPerMonth, tier),
        ExtraHourRate = Money.FromEuros(Required(s.ExtraHourRate, tier)),
        NewProjectFee = Money.FromEuros(Required(s.NewProjectFee, tier)),
        ChangeRate = Money.FromEuros(Required(s.ChangeRate, tier)),
        MonthlyPrice = Money.FromEuros(Required(s.MonthlyPrice, tier)),
        YearlyPrice = Money.FromEuros(Required(s.YearlyPrice, tier)),
        PriorityRank = Required(s.PriorityRank, tier),
    };

    private static T Required<T>(T? value, Tier tier) where T : struct =>
        value ?? throw new InvalidOperationException($"Tiers:{tier} is incomplete; the options were not validated.");

    private static string Required(string? value, Tier tier) =>
        value ?? throw new InvalidOperationException($"Tiers:{tier} is incomplete; the options were not validated.");
}
