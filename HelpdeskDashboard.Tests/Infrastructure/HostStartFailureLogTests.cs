using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Tests.Infrastructure;

public sealed class HostStartFailureLogTests
{
    private static readonly OptionsValidationException Validation = new("Tiers", typeof(object), ["Tiers:Diamond: is not a known tier"]);

    [Fact]
    public void Keeps_the_exception_of_the_hosts_failed_to_start_event()
    {
        using var log = new HostStartFailureLog();

        log.CreateLogger("Microsoft.Extensions.Hosting.Internal.Host").LogError(new EventId(11, "HostedServiceStartupFaulted"), Validation, "Hosting failed to start");

        Assert.Same(Validation, log.Failure);
    }

    [Theory]
    [InlineData("Microsoft.Extensions.Hosting.Internal.Host", 6)]
    [InlineData("HelpdeskDashboard.Features.Tiers", 11)]
    public void Ignores_other_events_and_categories(string category, int eventId)
    {
        using var log = new HostStartFailureLog();

        log.CreateLogger(category).LogError(new EventId(eventId), Validation, "Something else");

        Assert.Null(log.Failure);
    }
}
