using Bunit;
using HelpdeskDashboard.Features.Portal.Profile;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Portal.Profile;

public sealed class TimeZoneFormTests : BunitTestBase
{
    private readonly List<string> _saved = [];

    // The page says "saved" (Saved) once its save succeeded; a test that saves passes it as the page would then.
    private IRenderedComponent<TimeZoneForm> RenderForm(bool accept, IReadOnlyList<string>? errors = null, bool saved = false) =>
        Context.Render<TimeZoneForm>(parameters => parameters
            .Add(f => f.Initial, "Europe/Berlin")
            .Add(f => f.Saved, saved)
            .Add(f => f.Errors, errors ?? [])
            .Add(f => f.Save, zone =>
            {
                _saved.Add(zone);
                return Task.FromResult(accept);
            }));

    [Fact]
    public void Input_is_labelled_starts_at_the_current_zone_and_suggests_known_zones()
    {
        var form = RenderForm(accept: true);

        var input = form.Find("input[data-testid='time-zone']");
        Assert.Equal("Europe/Berlin", input.GetAttribute("value"));
        Assert.Equal("time-zone-choices", input.GetAttribute("list"));
        Assert.NotNull(form.Find("label").TextContent);
        var newYork = Assert.Single(form.FindAll("#time-zone-choices option"), o => o.GetAttribute("value") == "America/New_York");
        Assert.Matches(@"^New York \(UTC−0[45]:00\)$", newYork.GetAttribute("label"));
    }

    [Theory]
    [InlineData("a city in any case", "tokyo")]
    [InlineData("a list label", "Tokyo (UTC+09:00)")]
    [InlineData("the zone id", "Asia/Tokyo")]
    public void A_typed_city_or_label_is_saved_as_its_zone_and_confirmed_by_name(string label, string typed)
    {
        _ = label;
        var form = RenderForm(accept: true, saved: true);

        form.Find("input[data-testid='time-zone']").Change(typed);
        form.Find("[data-testid='save-zone']").Click();

        Assert.Equal(["Asia/Tokyo"], _saved);
        Assert.Equal("Saved. Times now show in Tokyo (UTC+09:00).", form.Find("[data-testid='zone-saved']").TextContent.Trim());
    }

    [Fact]
    public void Saving_sends_the_trimmed_zone()
    {
        var form = RenderForm(accept: true);

        form.Find("input[data-testid='time-zone']").Change("  Asia/Tokyo ");
        form.Find("[data-testid='save-zone']").Click();

        Assert.Equal(["Asia/Tokyo"], _saved);
    }

    [Fact]
    public void Refusal_shows_the_validators_message_on_the_field()
    {
        var form = RenderForm(accept: false, ["'Mars/Base' is not a known IANA time zone id such as Europe/Berlin."]);

        Assert.Contains("'Mars/Base' is not a known IANA time zone id such as Europe/Berlin.", form.Markup, StringComparison.Ordinal);
    }
}
