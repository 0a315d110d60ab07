using HelpdeskDashboard.Proxy;

namespace HelpdeskDashboard.Tests.Proxy;

/// <summary>Configuration the proxy cannot work with stops its start-up with a message naming the setting.</summary>
public sealed class ProxyConfigurationTests
{
    private const string Cluster = "ReverseProxy:Clusters:helpdesk";

    [Fact]
    public async Task The_shipped_configuration_starts()
    {
        await using var proxy = ProxyRig.BuildProxy(ProxyRig.ShippedSettings, new Dictionary<string, string?>());

        await proxy.StartAsync(TestContext.Current.CancellationToken);
        await proxy.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void A_cluster_without_destinations_stops_start_up()
    {
        var failure = Assert.Throws<ProxyConfigurationException>(() => ProxyRig.BuildProxy(null, new Dictionary<string, string?>
        {
            [$"{Cluster}:LoadBalancingPolicy"] = "RoundRobin",
        }));

        Assert.Contains($"{Cluster}:Destinations: at least one destination", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_cluster_at_all_stops_start_up()
    {
        var failure = Assert.Throws<ProxyConfigurationException>(() => ProxyRig.BuildProxy(null, new Dictionary<string, string?>()));

        Assert.Contains("ReverseProxy:Clusters: at least one cluster", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("instances/one")]
    [InlineData("/instances/one")]
    [InlineData("127.0.0.1:5001")]
    [InlineData("ftp://127.0.0.1:5001")]
    [InlineData("")]
    public void A_destination_address_that_is_not_an_absolute_http_url_stops_start_up(string address)
    {
        var failure = Assert.Throws<ProxyConfigurationException>(() => ProxyRig.BuildProxy(ProxyRig.ShippedSettings, new Dictionary<string, string?>
        {
            [$"{Cluster}:Destinations:instance2:Address"] = address,
        }));

        Assert.Contains($"{Cluster}:Destinations:instance2:Address: '{address}' is not an absolute http:// or https:// URL", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("instance1", failure.Message, StringComparison.Ordinal);
    }
}
