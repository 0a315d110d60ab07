using Bunit;
using HelpdeskDashboard.Features.Portal.Profile;
using HelpdeskDashboard.Tests.Infrastructure;

namespace HelpdeskDashboard.Tests.Features.Portal.Profile;

public sealed class TimeZoneFormTests : BunitTestBase
{
    private readonly List<string> _saved = [];

    private IRenderedComponent<TimeZoneForm> RenderForm(bool accept, IReadOnlyList<string>? errors = null) =>
        Context.Render<TimeZoneForm>(parameters => parameters
            .Add(f => f.Initial, "Europe/Berlin")
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
        Assert.Contains(form.FindAll("#time-zone-choices option"), o => o.GetAttribute("value") == "America/New_York");
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
