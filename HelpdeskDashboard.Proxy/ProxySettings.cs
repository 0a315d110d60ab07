using FluentValidation;

namespace HelpdeskDashboard.Proxy;

/// <summary>
/// The part of the <c>ReverseProxy</c> section YARP accepts without complaint but cannot work with: a cluster without
/// destinations answers every request with 503, and a relative or non-HTTP address fails only when a request comes in.
/// Checked at start-up so that a typo stops the proxy with the setting's name instead.
/// </summary>
public static class ProxySettings
{
    public const string SectionName = "ReverseProxy";

    public static void ThrowIfInvalid(IConfigurationSection section)
    {
        var clusters = section.GetSection("Clusters").GetChildren()
            .Select(cluster => new ClusterSetting(
                cluster.Path,
                [.. cluster.GetSection("Destinations").GetChildren().Select(d => new DestinationSetting(d.Path, d["Address"]))]))
            .ToList();

        var result = new ProxyValidator().Validate(new ProxySetting(section.Path, clusters));
        if (!result.IsValid)
        {
            throw new ProxyConfigurationException(
                "The proxy's configuration is invalid:" + string.Concat(result.Errors.Select(e => $"{Environment.NewLine}  {e.ErrorMessage}")));
        }
    }

    private sealed record ProxySetting(string Path, IReadOnlyList<ClusterSetting> Clusters);

    private sealed record ClusterSetting(string Path, IReadOnlyList<DestinationSetting> Destinations);

    private sealed record DestinationSetting(string Path, string? Address);

    // Messages start with the setting's configuration path, like the app's start-up validation does.
    private sealed class ProxyValidator : AbstractValidator<ProxySetting>
    {
        public ProxyValidator()
        {
            RuleFor(p => p.Clusters).NotEmpty()
                .WithMessage(p => $"{p.Path}:Clusters: at least one cluster (the app instances) is required");
            RuleForEach(p => p.Clusters).SetValidator(new ClusterValidator());
        }
    }

    private sealed class ClusterValidator : AbstractValidator<ClusterSetting>
    {
        public ClusterValidator()
        {
            RuleFor(c => c.Destinations).NotEmpty()
                .WithMessage(c => $"{c.Path}:Destinations: at least one destination (an app instance's address) is required");
            RuleForEach(c => c.Destinations).ChildRules(destination =>
                destination.RuleFor(d => d.Address).Must(BeAbsoluteHttpUrl)
                    .WithMessage(d => $"{d.Path}:Address: '{d.Address}' is not an absolute http:// or https:// URL, e.g. http://127.0.0.1:5001"));
        }

        private static bool BeAbsoluteHttpUrl(string? address) =>
            Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}

/// <summary>The proxy's configuration cannot work; the message names each bad setting.</summary>
public sealed class ProxyConfigurationException(string message) : Exception(message);
