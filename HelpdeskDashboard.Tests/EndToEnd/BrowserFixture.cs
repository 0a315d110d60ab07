using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// One app on a free loopback port and one headless Chromium, shared by the end-to-end tests.
/// Uses Debian's Chromium: Playwright must never download a browser here.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Overridable for machines that keep Chromium elsewhere.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("HELPDESK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    internal static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public BrowserFixture()
        : this(new HelpdeskAppFactory())
    {
    }

    /// <summary>For fixtures that need the app configured differently (demo data, settings).</summary>
    protected BrowserFixture(HelpdeskAppFactory app) => App = app;

    public HelpdeskAppFactory App { get; }

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async ValueTask InitializeAsync()
    {
        // Fail, never skip: CI installs Chromium, so its absence is a broken machine, not an optional test.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"End-to-end tests need Chromium at {ChromiumPath} but it is not there. " +
                "Install it with 'apt-get install -y chromium' (or set HELPDESK_CHROMIUM to its path).");
        }

        BaseAddress = App.StartServerOnFreePort();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (own cookies, own circuit) with one page.</summary>
    public async Task<BrowserSession> NewSessionAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
