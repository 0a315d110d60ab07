using Bunit;
using HelpdeskDashboard.Components.Layout;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace HelpdeskDashboard.Tests.Components.Layout;

public sealed class MainLayoutTests : BunitTestBase
{
    public MainLayoutTests() => Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Context.Render<MainLayout>(parameters => parameters
            .Add(layout => layout.Body, (RenderFragment)(body => body.AddMarkupContent(0, "<p id=\"page\">Page body</p>"))));

    [Fact]
    public void Dark_mode_toggle_flips_its_label_and_the_theme()
    {
        var layout = RenderLayout();
        layout.WaitForAssertion(() => Assert.NotNull(layout.Find("[data-interactive='true']")));
        Assert.Equal("light", layout.Find(".app-shell").GetAttribute("data-theme"));

        layout.Find("button[aria-label='Switch to dark mode']").Click();

        Assert.Equal("dark", layout.Find(".app-shell").GetAttribute("data-theme"));
        var toggle = layout.Find("button[aria-label='Switch to light mode']");
        Assert.Equal("Switch to light mode", toggle.GetAttribute("title"));

        toggle.Click();

        Assert.Equal("light", layout.Find(".app-shell").GetAttribute("data-theme"));
        Assert.NotNull(layout.Find("button[aria-label='Switch to dark mode']"));
    }

    [Fact]
    public async Task Shell_is_marked_interactive_by_the_circuits_first_render_and_never_in_static_html()
    {
        // No second render: the mark comes with the first batch, when the browser attaches the event handlers.
        var live = RenderLayout();
        Assert.Equal("true", live.Find(".app-shell").GetAttribute("data-interactive"));

        await Context.DisposeComponentsAsync(); // one layout at a time: its popover provider is one per page
        Context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var prerendered = RenderLayout();
        Assert.Null(prerendered.Find(".app-shell").GetAttribute("data-interactive"));
    }

    [Fact]
    public void System_dark_preference_is_the_starting_mode()
    {
        Context.JSInterop.Setup<bool>("mudThemeProvider.isDarkMode").SetResult(true);

        var layout = RenderLayout();

        layout.WaitForAssertion(() => Assert.Equal("dark", layout.Find(".app-shell").GetAttribute("data-theme")));
        Assert.NotNull(layout.Find("button[aria-label='Switch to light mode']"));
    }

    [Fact]
    public void Layout_has_product_name_navigation_and_the_page()
    {
        var layout = RenderLayout();

        Assert.Contains("Helpdesk Dashboard", layout.Find("header").TextContent, StringComparison.Ordinal);
        var links = layout.FindAll("nav[aria-label='Main'] a");
        Assert.Equal(["Home", "Support tiers"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal("Page body", layout.Find("main #page").TextContent);
        Assert.Equal("#main-content", layout.Find("a.skip-link").GetAttribute("href"));
    }

    [Fact]
    public void Menu_button_says_whether_it_shows_or_hides_the_navigation()
    {
        // A responsive drawer starts closed on a narrow screen, so start from whatever state it is in.
        var layout = RenderLayout();
        var wasOpen = layout.Find("header button[aria-expanded]").GetAttribute("aria-expanded") == "true";

        layout.Find("header button[aria-expanded]").Click();

        var menu = layout.Find("header button[aria-expanded]");
        Assert.Equal(wasOpen ? "false" : "true", menu.GetAttribute("aria-expanded"));
        Assert.Equal(wasOpen ? "Show navigation" : "Hide navigation", menu.GetAttribute("aria-label"));
    }
}
