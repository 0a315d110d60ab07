using System.Diagnostics;
using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Not a test: prints how the board behaves in a real browser on the demo data plus 10,000 open tickets. Skipped
/// (its body never runs, no app or browser starts) unless HELPDESK_MEASURE=1; it asserts nothing about speed.
/// HELPDESK_MEASURE=1 dotnet test HelpdeskDashboard.Tests --filter "FullyQualifiedName~BoardMeasurement" --logger "console;verbosity=detailed"
/// </summary>
[Trait("Category", "Measurement")]
public sealed class BoardMeasurement
{
    private const int ExtraOpenTickets = 10_000;
    private const int Repeats = 5;
    private const int Circuits = 20;

    public static bool Requested => Environment.GetEnvironmentVariable("HELPDESK_MEASURE") == "1";

    [Fact(Skip = "Measurement: set HELPDESK_MEASURE=1 to run it", SkipUnless = nameof(Requested))]
    public async Task Board_load_filter_and_memory_per_circuit_on_ten_thousand_open_tickets()
    {
        var report = new List<string>();
        await using var browser = new VolumeBrowserFixture();
        await browser.InitializeAsync();
        await AddVolumeAsync(browser.App, report);

        var signIn = await browser.NewSessionAsync();
        await signIn.Page.SignInAsync(browser, DemoSignIn.Agent);
        await signIn.Page.WaitForInteractiveAsync();
        var storage = await signIn.Page.Context.StorageStateAsync();
        await signIn.DisposeAsync();
        var signedIn = new BrowserNewContextOptions { StorageState = storage, ViewportSize = new() { Width = 1280, Height = 800 } };

        await MeasureLoadAndFilterAsync(browser, signedIn, report);
        await MeasureMemoryPerCircuitAsync(browser, signedIn, report);

        var text = string.Join(Environment.NewLine, report);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        Directory.CreateDirectory(BrowserSession.ScreenshotDirectory);
        await File.WriteAllTextAsync(Path.Combine(BrowserSession.ScreenshotDirectory, "..", "board-measurement.txt"), text, TestContext.Current.CancellationToken);
    }

    private static async Task AddVolumeAsync(HelpdeskAppFactory app, List<string> report)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync();
        var result = await scope.ServiceProvider.GetRequiredService<VolumeDataGenerator>().GenerateAsync(db, ExtraOpenTickets, 0, CancellationToken.None);
        report.Add($"Data: demo data plus {result.Tickets} open tickets ({result.Messages} messages).");
    }

    private static async Task MeasureLoadAndFilterAsync(BrowserFixture browser, BrowserNewContextOptions signedIn, List<string> report)
    {
        await using var session = await browser.NewSessionAsync(signedIn);
        var page = session.Page;
        var board = new BoardPage(page);
        var loads = new List<double>();
        var filters = new List<double>();

        for (var run = 0; run <= Repeats; run++)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(browser.Url("/board"));
            await page.WaitForInteractiveAsync();
            await Expect(board.Rows.First).ToBeVisibleAsync();
            var loaded = clock.Elapsed.TotalMilliseconds;

            await board.ShowAllTicketsAsync();
            await page.GetByTestId("tier-filter").ClickAsync();
            var platinum = page.GetByRole(AriaRole.Option, new() { Name = "Platinum", Exact = true });
            await platinum.WaitForAsync();
            clock.Restart();
            await platinum.ClickAsync();
            await page.WaitForFunctionAsync(
                "() => { const tiers = [...document.querySelectorAll(\"[data-testid='board-grid'] tbody [data-tier]\")];" +
                " return tiers.length > 0 && tiers.every(t => t.getAttribute('data-tier') === 'Platinum'); }",
                null, new() { PollingInterval = 10, Timeout = 30_000 });
            var filtered = clock.Elapsed.TotalMilliseconds;

            // The first round warms up the server (JIT, query plans) and is not counted.
            if (run > 0)
            {
                loads.Add(loaded);
                filters.Add(filtered);
            }
        }

        report.Add($"Navigation to /board until circuit up and first rows shown: {Summary(loads)}");
        report.Add($"Tier filter Platinum (scope All) until the grid shows only Platinum rows: {Summary(filters)}");
    }

    private static async Task MeasureMemoryPerCircuitAsync(BrowserFixture browser, BrowserNewContextOptions signedIn, List<string> report)
    {
        var (heapBefore, workingSetBefore) = ServerMemory();
        var sessions = new List<BrowserSession>();
        try
        {
            for (var i = 0; i < Circuits; i++)
            {
                var session = await browser.NewSessionAsync(signedIn);
                sessions.Add(session);
                await session.Page.GotoAsync(browser.Url("/board"));
                await session.Page.WaitForInteractiveAsync();
                await new BoardPage(session.Page).ShowAllTicketsAsync();
            }

            var (heapAfter, workingSetAfter) = ServerMemory();
            report.Add(string.Create(CultureInfo.InvariantCulture,
                $"Server memory per board circuit (scope All, 50 rows, N={Circuits}): managed heap {(heapAfter - heapBefore) / 1024.0 / Circuits:0} KiB, " +
                $"working set {(workingSetAfter - workingSetBefore) / 1024.0 / Circuits:0} KiB " +
                $"(heap {heapBefore / 1048576.0:0.0} -> {heapAfter / 1048576.0:0.0} MiB, working set {workingSetBefore / 1048576.0:0.0} -> {workingSetAfter / 1048576.0:0.0} MiB)"));
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }

    // The app runs inside this process (WebApplicationFactory); Chromium and the Playwright driver are separate processes.
    private static (long Heap, long WorkingSet) ServerMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (heap, process.WorkingSet64);
    }

    private static string Summary(List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"median {sorted[sorted.Count / 2]:0} ms, min {sorted[0]:0} ms, max {sorted[^1]:0} ms ({sorted.Count} runs: {string.Join(", ", milliseconds.Select(m => m.ToString("0", CultureInfo.InvariantCulture)))})");
    }

    private sealed class VolumeBrowserFixture() : BrowserFixture(new HelpdeskAppFactory { SeedDemoData = true });
}
