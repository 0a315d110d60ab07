using HelpdeskDashboard.Features.Portal.Profile;

namespace HelpdeskDashboard.Tests.Features.Portal.Profile;

public sealed class TimeZoneChoicesTests
{
    [Theory]
    [InlineData("an id", "Europe/Berlin", "Europe/Berlin")]
    [InlineData("a city", "berlin", "Europe/Berlin")]
    [InlineData("a city of two words", "buenos aires", "America/Argentina/Buenos_Aires")]
    [InlineData("a city with its underscore", "New_York", "America/New_York")]
    [InlineData("a list label", "Kolkata (UTC+05:30)", "Asia/Kolkata")]
    [InlineData("spaces around", "  Tokyo ", "Asia/Tokyo")]
    [InlineData("nothing it knows stays as typed", " Mars/Olympus_Mons ", "Mars/Olympus_Mons")]
    [InlineData("empty", "", "")]
    public void Reads_an_id_a_city_or_a_list_label_as_its_zone(string label, string typed, string zone)
    {
        _ = label;
        Assert.Equal(zone, TimeZoneChoices.Resolve(typed));
    }
}
