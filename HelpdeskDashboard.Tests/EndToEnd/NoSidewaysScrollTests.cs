using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>Issue 14, point 12: at 390 px nothing scrolls sideways, on any page, for any role.</summary>
[Collection(DemoBrowserCollection.Name)]
public sealed class NoSidewaysScrollTests(DemoBrowserFixture browser)
{
    [Theory]
    [InlineData(DemoSignIn.Agent)]
    [InlineData(DemoSignIn.Manager)]
    [InlineData(DemoSignIn.Customer)]
    [InlineData(null)]
    public async Task No_page_is_wider_than_a_phone(string? email)
    {
        var visit = PageVisit.Of(email, ColorScheme.Light, PageVisit.PhoneWidth);
        await using var session = await visit.StartAsync(browser);
        var wider = new List<string>();
        foreach (var route in visit.Routes)
        {
            var path = await visit.OpenAsync(session.Page, browser, route);

            // The document, and any element that scrolls sideways inside it (a table in a scroller counts too).
            var overflow = await session.Page.EvaluateAsync<string[]>(OverflowScript);
            if (overflow.Length > 0)
            {
                wider.Add($"{path}: {string.Join("; ", overflow)}");
            }
        }

        Assert.True(wider.Count == 0, $"At {visit.Width} px:\n{string.Join("\n", wider)}");
    }

    internal const string OverflowScript = """
        () => {
          const found = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} px wide`);
          for (const e of document.querySelectorAll('body *')) {
            const style = getComputedStyle(e);
            if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
              found.push(`${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} scrolls ${e.scrollWidth} in ${e.clientWidth} px`);
            }
          }
          // A control pushed past the edge of a box that clips it (the app bar did that) cannot be reached either.
          for (const e of document.querySelectorAll('a, button, input, select, textarea, [role=button]')) {
            const box = e.getBoundingClientRect();
            const shown = e.checkVisibility({ visibilityProperty: true });
            if (shown && box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1)) {
              found.push(`"${(e.getAttribute('aria-label') || e.textContent || e.tagName).trim().slice(0, 40)}" lies outside the screen (${Math.round(box.left)}–${Math.round(box.right)} px)`);
            }
          }
          return found.slice(0, 8);
        }
        """;
}
