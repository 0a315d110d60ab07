using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Validation;

namespace HelpdeskDashboard.Tests.Hosting.Demo;

public sealed class DemoCustomerTimeZoneTests
{
    private static DemoDataSet Data() => DemoSeed.Seeder(DemoSeed.Wednesday).Build(DemoSeed.Wednesday);

    [Fact]
    public void Every_demo_customer_user_has_a_known_iana_zone()
    {
        var data = Data();

        Assert.All(data.CustomerUsers, user => Assert.True(ContactRules.IsKnownIanaTimeZone(user.TimeZone), $"{user.Email}: {user.TimeZone}"));
    }

    [Fact]
    public void Gold_demo_customer_sees_another_zone_than_the_company_and_basic_keeps_the_company_zone()
    {
        var data = Data();

        Assert.Equal("America/New_York", data.CustomerUsers.Single(u => u.Email == DemoAccounts.CustomerEmail).TimeZone);
        Assert.Equal(DemoSeed.Calendar.TimeZone.Id, data.CustomerUsers.Single(u => u.Email == DemoAccounts.BasicCustomerEmail).TimeZone);
    }
}
