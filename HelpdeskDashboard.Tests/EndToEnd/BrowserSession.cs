using System.Text;
using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// One browser context and page for one test. Dispose it from the test class's DisposeAsync: by then
/// xunit knows whether the test failed, and a failed test leaves a screenshot in TestResults/screenshots.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly StringBuilder _browserLog = new();

    internal BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _browserLog.AppendLine($"console {message.Type}: {message.Text}");
            }
        };
        Page.PageError += (_, error) => _browserLog.AppendLine($"page error: {error}");
    }

    public IPage Page { get; }

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (TestContext.Current.TestState?.Result == TestResult.Failed)
            {
                await RecordFailureAsync();
            }
        }
        finally
        {
            await _context.DisposeAsync();
        }
    }

    private async Task RecordFailureAsync()
    {
        var output = TestContext.Current.TestOutputHelper;
        try
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) ? c : '_'));
            var path = Path.Combine(ScreenshotDirectory, $"{name[..Math.Min(name.Length, 150)]}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output?.WriteLine($"Screenshot of the failure: {path} (page {Page.Url})");
        }
        catch (PlaywrightException error)
        {
            output?.WriteLine($"No screenshot: {error.Message}");
        }

        if (_browserLog.Length > 0)
        {
            output?.WriteLine("Browser log:" + Environment.NewLine + _browserLog);
        }
    }
}
