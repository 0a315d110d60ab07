using HelpdeskDashboard.Features.Portal.Profile;

namespace HelpdeskDashboard.Tests.Features.Portal.Profile;

/// <summary>The zone rule is the shared <c>ContactRules.IanaTimeZone</c>: a known IANA id, never a Windows id.</summary>
public sealed class ChangeTimeZoneValidatorTests
{
    private static readonly ChangeTimeZoneValidator Validator = new();

    public static TheoryData<string, string, string> RefusedZones => new()
    {
        { "no zone", "", "Choose a time zone." },
        { "unknown zone", "Mars/Olympus_Mons", "'Mars/Olympus_Mons' is not a known IANA time zone id such as Europe/Berlin." },
        { "made-up European zone", "Europe/Atlantis", "'Europe/Atlantis' is not a known IANA time zone id such as Europe/Berlin." },
        { "Windows id", "W. Europe Standard Time", "'W. Europe Standard Time' is not a known IANA time zone id such as Europe/Berlin." },
    };

    [Theory]
    [MemberData(nameof(RefusedZones))]
    public void A_zone_that_is_not_a_known_iana_id_is_refused_with_one_message(string label, string zone, string message)
    {
        var result = Validator.Validate(new ChangeTimeZone { TimeZone = zone });

        var error = Assert.Single(result.Errors);
        Assert.True(error.PropertyName == nameof(ChangeTimeZone.TimeZone), $"{label}: error on {error.PropertyName}");
        Assert.Equal(message, error.ErrorMessage);
    }

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Etc/UTC")]
    public void A_known_iana_zone_is_accepted(string zone) =>
        Assert.True(Validator.Validate(new ChangeTimeZone { TimeZone = zone }).IsValid);
}
