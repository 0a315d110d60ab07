using HelpdeskDashboard.Features.Portal.Profile;
using HelpdeskDashboard.Tests.Features.Portal.Support;

namespace HelpdeskDashboard.Tests.Features.Portal.Profile;

public sealed class CustomerProfileServiceTests : IAsyncLifetime
{
    private PortalTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await PortalTestWorld.CreateAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public async Task Customer_changes_their_own_zone_and_then_sees_times_in_it()
    {
        await using (var session = _world.As("Anna"))
        {
            var result = await session.Profile.ChangeTimeZoneAsync(new ChangeTimeZone { TimeZone = "Asia/Kolkata" }, TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        }

        await using var after = _world.As("Anna");
        Assert.Equal("Asia/Kolkata", (await after.Profile.GetAsync(TestContext.Current.CancellationToken))!.TimeZone);
        Assert.Equal("Asia/Kolkata", (await after.ViewerZone.GetAsync(TestContext.Current.CancellationToken)).Id);
        await using var ben = _world.As("Ben");
        Assert.Equal("Asia/Tokyo", (await ben.ViewerZone.GetAsync(TestContext.Current.CancellationToken)).Id); // nobody else's zone moved
    }

    [Theory]
    [InlineData("unknown id", "Mars/Olympus_Mons", "'Mars/Olympus_Mons' is not a known IANA time zone id such as Europe/Berlin.")]
    [InlineData("empty", "", "Choose a time zone.")]
    [InlineData("Windows id", "W. Europe Standard Time", "'W. Europe Standard Time' is not a known IANA time zone id such as Europe/Berlin.")]
    public async Task Unknown_zone_is_refused_with_a_clear_message_and_nothing_is_written(string label, string zone, string message)
    {
        _ = label;
        var before = await _world.StateAsync();
        await using var session = _world.As("Anna");

        var result = await session.Profile.ChangeTimeZoneAsync(new ChangeTimeZone { TimeZone = zone }, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal([message], result.Errors);
        Assert.Equal(before, await _world.StateAsync());
    }

    [Fact]
    public async Task Agent_has_no_portal_profile_and_sees_the_company_zone()
    {
        var before = await _world.StateAsync();
        await using var session = _world.As("Alex");

        var result = await session.Profile.ChangeTimeZoneAsync(new ChangeTimeZone { TimeZone = "Asia/Tokyo" }, TestContext.Current.CancellationToken);

        Assert.Equal([CustomerProfileService.NotACustomer], result.Errors);
        Assert.Null(await session.Profile.GetAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Europe/Berlin", (await session.ViewerZone.GetAsync(TestContext.Current.CancellationToken)).Id);
        Assert.Equal(before, await _world.StateAsync());
    }

    [Fact]
    public async Task Profile_shows_the_customer_users_own_row()
    {
        await using var session = _world.As("Anna");

        var profile = await session.Profile.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new CustomerProfile("Anna Tester", "anna@1.example", "Kessler Steuerungsbau GmbH", "America/New_York"), profile);
    }
}
