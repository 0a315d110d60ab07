using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// The browser fixture on an app with the full demo data set, so the board shows realistic tickets in every SLA state.
/// Its own collection: the tests here change tickets, which the tests on the empty app must not see.
/// </summary>
public sealed class DemoBrowserFixture() : BrowserFixture(new HelpdeskAppFactory { SeedDemoData = true });

[CollectionDefinition(Name)]
public sealed class DemoBrowserCollection : ICollectionFixture<DemoBrowserFixture>
{
    public const string Name = "Browser with demo data";
}
