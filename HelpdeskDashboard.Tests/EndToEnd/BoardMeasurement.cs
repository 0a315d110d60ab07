using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>
/// Not a test: prints how the board behaves in a real browser on the demo data plus 10,000 open tickets. Skipped
/// (its body never runs, no app or browser starts) unless HELPDESK_MEASURE=1; it asserts nothing about speed.
/// HELPDESK_MEASURE=1 dotnet test HelpdeskDashboard.Tests -c Release --filter "FullyQualifiedName~BoardMeasurement" --logger "console;verbosity=detailed"
/// Times are taken by the browser itself (performance.now(), origin = the start of the navigation), in a script
/// installed before any page script runs, so Playwright's polling adds nothing to them.
/// </summary>
[Trait("Category", "Measurement")]
public sealed class BoardMeasurement
{
    private const int ExtraOpenTickets = 10_000;
    private const int Repeats = 7;
    private const int Circuits = 20;

    // Runs at document start on every navigation; a MutationObserver stamps the first moment each condition holds.
    private const string MarksScript = """
        (() => {
          const marks = window.__boardMarks = {};
          const grid = "[data-testid='board-grid'] tbody";
          const check = () => {
            const now = performance.now();
            if (marks.interactive === undefined && document.querySelector(".app-shell[data-interactive='true']")) marks.interactive = now;
            if (marks.rows === undefined && document.querySelector(grid + " tr[data-ticket]")) marks.rows = now;
            // Honest about stylesheets loaded without blocking: ready also needs every stylesheet applied.
            if (marks.styled === undefined && [...document.querySelectorAll("link[rel=stylesheet]")].every(l => l.sheet && l.media !== 'print')) marks.styled = now;
            if (marks.ready === undefined && marks.interactive !== undefined && marks.rows !== undefined && marks.styled !== undefined) marks.ready = now;
            if (marks.filterStart !== undefined && marks.filterDone === undefined) {
              const tiers = [...document.querySelectorAll(grid + " [data-tier]")];
              if (tiers.length > 0 && tiers.every(t => t.getAttribute('data-tier') === 'Platinum')) marks.filterDone = now;
            }
          };
          new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
          // The circuit's connection: when the socket is created, opens and brings its first message.
          const NativeSocket = window.WebSocket;
          window.WebSocket = function (...args) {
            const socket = new NativeSocket(...args);
            if (marks.socketCreated === undefined) {
              marks.socketCreated = performance.now();
              socket.addEventListener('open', () => { marks.socketOpen = performance.now(); });
              socket.addEventListener('message', () => { if (marks.socketFirstMessage === undefined) marks.socketFirstMessage = performance.now(); });
            }
            return socket;
          };
          window.WebSocket.prototype = NativeSocket.prototype;
          Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
          document.addEventListener('change', e => {
            if (e.target && e.target.getAttribute && e.target.getAttribute('data-testid') === 'tier-filter') marks.filterStart = performance.now();
          }, true);
        })();
        """;

    private const string TimingsScript = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const m = window.__boardMarks;
          return JSON.stringify({
            ttfb: nav.responseStart, html: nav.responseEnd, dcl: nav.domContentLoadedEventEnd,
            socketCreated: m.socketCreated ?? -1, socketOpen: m.socketOpen ?? -1, socketFirstMessage: m.socketFirstMessage ?? -1,
            interactive: m.interactive, rows: m.rows, ready: m.ready,
            filter: m.filterDone !== undefined ? m.filterDone - m.filterStart : -1,
            transferred: performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, nav.transferSize),
          });
        }
        """;

    // A plain evaluation in the page, not WaitForFunctionAsync: that one first installs Playwright's injected script,
    // which occupies the page's main thread right while the board starts (docs/performance.md, "How it measures").
    private const string WaitForMarkScript = """
        name => new Promise(resolve => {
          const check = () => window.__boardMarks && window.__boardMarks[name] !== undefined ? resolve() : setTimeout(check, 20);
          check();
        })
        """;

    // HELPDESK_MEASURE_PARTS=load measures the page load and the filter only (half a minute instead of several),
    // HELPDESK_MEASURE_PARTS=memory the memory per circuit (and the ticks' CPU) only, HELPDESK_MEASURE_PARTS=tick one
    // set of boards for the ticks' CPU only (two minutes).
    public static bool Requested => Environment.GetEnvironmentVariable("HELPDESK_MEASURE") == "1";

    [Fact(Skip = "Measurement: set HELPDESK_MEASURE=1 to run it", SkipUnless = nameof(Requested))]
    public async Task Board_load_filter_and_memory_per_circuit_on_ten_thousand_open_tickets()
    {
        var report = new Report();
        report.Add(string.Create(CultureInfo.InvariantCulture,
                $"Build: {(typeof(Program).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(d => d.IsJITOptimizerDisabled) ? "Debug" : "Release")}, " +
                $"{Environment.ProcessorCount} cores, server GC {GCSettings.IsServerGC}, load average {LoadAverage()}"));
        await using var browser = new VolumeBrowserFixture();
        await browser.InitializeAsync();
        await AddVolumeAsync(browser.App, report);

        var signIn = await browser.NewSessionAsync();
        await signIn.Page.SignInAsync(browser, DemoSignIn.Agent);
        await signIn.Page.WaitForInteractiveAsync();
        var storage = await signIn.Page.Context.StorageStateAsync();
        await signIn.Page.CloseAsync(new() { RunBeforeUnload = true }); // the page says goodbye: its circuit goes at once
        await signIn.DisposeAsync();
        var signedIn = new BrowserNewContextOptions { StorageState = storage, ViewportSize = new() { Width = 1280, Height = 800 } };

        var parts = Environment.GetEnvironmentVariable("HELPDESK_MEASURE_PARTS");
        if (parts is not ("memory" or "tick"))
        {
            await MeasureLoadAndFilterAsync(browser, signedIn, report);
        }

        if (parts == "load")
        {
            return;
        }

        if (parts == "tick")
        {
            await MeasureMemoryPerCircuitAsync(browser, storage, "/board", report, "tick only");
            return;
        }

        // Twice: the first set also grows process-wide pools (render-batch buffers, socket buffers) to 20 concurrent
        // circuits; the second set, over a baseline taken after the first was released, is the steady cost.
        await MeasureMemoryPerCircuitAsync(browser, storage, "/board", report, "first set");
        await MeasureMemoryPerCircuitAsync(browser, storage, "/board", report, "second set");
        // "/" became each role's start page (queries); /tiers is the page with the least beyond the layout now.
        await MeasureMemoryPerCircuitAsync(browser, storage, "/tiers", report, "after the board sets");
        report.Add($"Load average after: {LoadAverage()}");

    }

    private static Task WaitForMarkAsync(IPage page, string mark) =>
        page.EvaluateAsync(WaitForMarkScript, mark).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

    /// <summary>Each line goes to the test output and to TestResults/board-measurement.txt as soon as it is known.</summary>
    private sealed class Report : List<string>
    {
        private static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "TestResults", "board-measurement.txt");

        public Report()
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.Delete(FilePath);
        }

        public new void Add(string line)
        {
            base.Add(line);
            TestContext.Current.TestOutputHelper?.WriteLine(line);
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllText(FilePath, line + Environment.NewLine);
        }
    }

    private static async Task AddVolumeAsync(HelpdeskAppFactory app, Report report)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>().CreateDbContextAsync();
        var result = await scope.ServiceProvider.GetRequiredService<VolumeDataGenerator>().GenerateAsync(db, ExtraOpenTickets, 0, CancellationToken.None);
        report.Add($"Data: demo data plus {result.Tickets} open tickets ({result.Messages} messages).");
    }

    private static async Task MeasureLoadAndFilterAsync(BrowserFixture browser, BrowserNewContextOptions signedIn, Report report)
    {
        await using var session = await browser.NewSessionAsync(signedIn);
        var page = session.Page;
        await page.Context.AddInitScriptAsync(MarksScript);
        var board = new BoardPage(page);
        var runs = new List<Timings>();

        for (var run = 0; run <= Repeats; run++)
        {
            await page.GotoAsync(browser.Url("/board"));
            await WaitForMarkAsync(page, "ready");
            await board.ShowAllTicketsAsync();
            await board.ChooseTierAsync("Platinum");
            await WaitForMarkAsync(page, "filterDone");
            var timings = JsonSerializer.Deserialize<Timings>(await page.EvaluateAsync<string>(TimingsScript))!;

            // The first round warms up the server (JIT, query plans) and the browser's cache, and is not counted.
            if (run == 0)
            {
                report.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Warm-up round (cold browser cache, cold server): first interactive render {timings.Ready:0} ms, {timings.Transferred / 1024.0:0} KiB transferred"));
            }
            else
            {
                runs.Add(timings);
            }
        }

        report.Add($"First interactive render of /board (navigation start -> circuit interactive and first rows in the DOM): {Summary(runs.Select(r => r.Ready))}");
        report.Add($"  of which: response headers of the page's HTML (TTFB) {Summary(runs.Select(r => r.Ttfb))}");
        report.Add($"            DOMContentLoaded {Summary(runs.Select(r => r.Dcl))}");
        report.Add($"            WebSocket created {Summary(runs.Select(r => r.SocketCreated))}");
        report.Add($"            WebSocket open {Summary(runs.Select(r => r.SocketOpen))}");
        report.Add($"            first message from the circuit {Summary(runs.Select(r => r.SocketFirstMessage))}");
        report.Add($"            app shell interactive {Summary(runs.Select(r => r.Interactive))}");
        report.Add($"            first rows in the DOM {Summary(runs.Select(r => r.Rows))}");
        report.Add(string.Create(CultureInfo.InvariantCulture, $"  bytes transferred per warm navigation: {runs.Average(r => r.Transferred) / 1024.0:0} KiB"));
        report.Add($"Tier filter Platinum (scope All; change event -> only Platinum rows in the DOM): {Summary(runs.Select(r => r.Filter))}");
    }

    /// <summary>
    /// Live managed heap after a full, compacting collection: with <see cref="Circuits"/> pages open minus right after
    /// they closed (what the circuits hold), and minus a baseline before they opened (which also charges them with
    /// process-wide pools grown for their first renders: ArrayPool's per-thread and per-core caches of byte and
    /// render-frame arrays), and the second half of the circuits over the first (marginal). Divided by their number.
    /// </summary>
    private static async Task MeasureMemoryPerCircuitAsync(BrowserFixture browser, string storageState, string path, Report report, string set)
    {
        await WaitUntilCircuitsReleasedAsync(browser.App, report);
        var (heapBefore, workingSetBefore) = ServerMemory();

        // The browsers run from another process: the in-process Playwright client's objects and its JSON events for
        // every WebSocket frame would be counted as the server's memory and CPU.
        await using var pages = OutOfProcessPages.Start(browser.Url(path), storageState, board: path == "/board");
        (long Heap, long WorkingSet) half = default;
        for (var i = 0; i < Circuits; i++)
        {
            if (i == Circuits / 2)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
                half = ServerMemory();
            }

            await pages.OpenAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // last render batches acknowledged
        var (heapAfter, workingSetAfter) = ServerMemory();
        if (path == "/board")
        {
            await MeasureTickCpuAsync(browser.App, pages, report, set);
        }

        await CollectGcDumpAsync(path, set, report);

        // What the circuits themselves hold: the heap with them open minus the heap right after they closed, so
        // process-wide pools grown meanwhile are on both sides (the baseline above may predate their growth).
        var heapOpen = ServerMemory().Heap;
        await pages.DisposeAsync();
        await WaitUntilCircuitsReleasedAsync(browser.App, report);
        var heapReleased = ServerMemory().Heap;

        report.Add(string.Create(CultureInfo.InvariantCulture,
            $"Server memory per connected circuit on {path} ({set}; {(path == "/board" ? "scope All, 50 rows, " : "")}N={Circuits}): " +
            $"released when they close {(heapOpen - heapReleased) / 1024.0 / Circuits:0} KiB (heap {heapOpen / 1048576.0:0.0} -> {heapReleased / 1048576.0:0.0} MiB); " +
            $"over the baseline before they opened: managed heap {(heapAfter - heapBefore) / 1024.0 / Circuits:0} KiB, working set {(workingSetAfter - workingSetBefore) / 1024.0 / Circuits:0} KiB " +
            $"(heap {heapBefore / 1048576.0:0.0} -> {half.Heap / 1048576.0:0.0} -> {heapAfter / 1048576.0:0.0} MiB); " +
            $"marginal, circuit {Circuits / 2 + 1} to {Circuits}: managed heap {(heapAfter - half.Heap) / 1024.0 / (Circuits - Circuits / 2):0} KiB, " +
            $"working set {(workingSetAfter - half.WorkingSet) / 1024.0 / (Circuits - Circuits / 2):0} KiB"));
    }

    /// <summary>
    /// The server's cost of the countdowns: CPU time of this process (the app; the browser is another process) by
    /// thread over ten seconds with the board circuits open and their clocks running, per circuit and tick. The timer
    /// thread runs the ticks (readings, words, the render batch, its serialisation, the hand-over to SignalR: the
    /// circuit's dispatcher runs the work inline when free); the process total also holds the browsers'
    /// acknowledgements, the socket sends, idle work and the JIT, so it is an upper bound.
    /// </summary>
    private static async Task MeasureTickCpuAsync(HelpdeskAppFactory app, OutOfProcessPages pages, Report report, string set)
    {
        var window = TimeSpan.FromSeconds(10);
        using var trace = TraceCpu(window, set);
        using var perf = PerfRecord(window, set);
        var threadsBefore = ThreadCpu();
        var busy = await CpuOverAsync(window);
        var threadsAfter = ThreadCpu();
        foreach (var tool in new[] { trace, perf }.OfType<Process>())
        {
            await tool.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var byThread = threadsAfter
            .Select(t => (Name: t.Key, Ms: t.Value - threadsBefore.GetValueOrDefault(t.Key)))
            .Where(t => t.Ms > 0).OrderByDescending(t => t.Ms).ToList();
        var ticks = window.TotalSeconds * Circuits;
        var timer = byThread.Where(t => t.Name.StartsWith(".NET Timer", StringComparison.Ordinal)).Sum(t => t.Ms);
        report.Add(string.Create(CultureInfo.InvariantCulture,
            $"Server CPU with {Circuits} board circuits ticking ({set}, clocks {(BoardPage.ClocksRunNow() ? "running" : "NOT running: outside business hours, the figures are meaningless")}): " +
            $"timer thread {timer / ticks:0.000} ms per circuit and tick; whole process {busy.TotalMilliseconds / ticks:0.000} ms per circuit and tick (upper bound); " +
            $"by thread: {string.Join(", ", byThread.Take(6).Select(t => $"{t.Name} {t.Ms} ms"))}"));
        await MeasureTicksAgainstHeldTicksAsync(app, pages, report, set);
    }

    /// <summary>
    /// The cleanest figure for "the server's cost of one tick for one board circuit": the same 20 open boards, in
    /// alternating windows with the SLA ticker's timer held and running; the difference in the process's CPU time
    /// is everything the ticks cause (readings, render batches, sends, the browsers' acknowledgements) and nothing else.
    /// </summary>
    private static async Task MeasureTicksAgainstHeldTicksAsync(HelpdeskAppFactory app, OutOfProcessPages pages, Report report, string set)
    {
        var clock = (HoldableTicksTimeProvider)app.Services.GetRequiredService<TimeProvider>();
        var window = TimeSpan.FromSeconds(5);
        var held = new List<double>();
        var running = new List<double>();
        var bytes = new List<double>();
        try
        {
            for (var round = 0; round < 5; round++)
            {
                clock.Held = true;
                await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // the last ticks' acknowledgements
                held.Add((await CpuOverAsync(window)).TotalMilliseconds / window.TotalSeconds);
                clock.Held = false;
                await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
                var receivedBefore = await pages.ReceivedBytesAsync();
                running.Add((await CpuOverAsync(window)).TotalMilliseconds / window.TotalSeconds);
                bytes.Add((await pages.ReceivedBytesAsync() - receivedBefore) / window.TotalSeconds / Circuits);
            }
        }
        finally
        {
            clock.Held = false;
        }

        var perTick = running.Zip(held, (r, h) => (r - h) / Circuits).Order().ToList();
        report.Add(string.Create(CultureInfo.InvariantCulture,
            $"Tick cost, same {Circuits} boards with the ticker running vs held ({set}, 5 rounds of 5 s each): " +
            $"median {perTick[perTick.Count / 2]:0.000} ms per circuit and tick (rounds: {string.Join(", ", perTick.Select(t => t.ToString("0.000", CultureInfo.InvariantCulture)))}); " +
            $"process CPU running {string.Join("/", running.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))} ms/s, " +
            $"held {string.Join("/", held.Select(h => h.ToString("0", CultureInfo.InvariantCulture)))} ms/s; " +
            $"each browser received {bytes.Order().ElementAt(bytes.Count / 2):0} bytes per tick (WebSocket payload, median)"));
    }

    private static async Task<TimeSpan> CpuOverAsync(TimeSpan window)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        await Task.Delay(window, TestContext.Current.CancellationToken);
        process.Refresh();
        return process.TotalProcessorTime - before;
    }

    /// <summary>CPU milliseconds (user + system) per thread name of this process, from /proc.</summary>
    private static Dictionary<string, long> ThreadCpu()
    {
        var byName = new Dictionary<string, long>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                byName[name] = byName.GetValueOrDefault(name) + ticks * 10; // 100 clock ticks per second
            }
            catch (IOException)
            {
                // the thread ended meanwhile
            }
        }

        return byName;
    }

    /// <summary>With HELPDESK_MEASURE_TRACE=dir, a CPU sample trace of this process over the window (global tool dotnet-trace).</summary>
    private static Process? TraceCpu(TimeSpan window, string set) =>
        DiagnosticFile("HELPDESK_MEASURE_TRACE", $"ticking-{set}", "nettrace") is { } file
            ? StartTool(GlobalTool("dotnet-trace"), "collect", "-p", ThisProcess, "--profile", "dotnet-sampled-thread-time",
                "--duration", window.ToString(@"dd\:hh\:mm\:ss", CultureInfo.InvariantCulture), "-o", file)
            : null;

    /// <summary>
    /// With HELPDESK_MEASURE_PERF=dir, Linux perf's on-CPU samples of this process over the window (waits are not
    /// sampled, unlike dotnet-trace's thread-time profile). Run the tests with DOTNET_PerfMapEnabled=1 so perf can name
    /// JIT-compiled methods: perf report -i file --no-children --sort symbol.
    /// </summary>
    private static Process? PerfRecord(TimeSpan window, string set) =>
        DiagnosticFile("HELPDESK_MEASURE_PERF", $"ticking-{set}", "perf.data") is { } file
            ? StartTool("perf", "record", "-F", "1999", "-g", "-p", ThisProcess, "-o", file,
                "--", "sleep", window.TotalSeconds.ToString(CultureInfo.InvariantCulture))
            : null;

    /// <summary>
    /// A closed page's circuit is disposed a moment later (after the browser's disconnect beacon); a baseline taken
    /// before that would charge the next set too little. The measured host counts open circuits.
    /// </summary>
    private static async Task WaitUntilCircuitsReleasedAsync(HelpdeskAppFactory app, Report report)
    {
        var circuits = app.Services.GetRequiredService<OpenCircuits>();
        var waited = Stopwatch.StartNew();
        while (circuits.Count > 0 && waited.Elapsed < TimeSpan.FromMinutes(4))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), TestContext.Current.CancellationToken);
        }

        if (circuits.Count > 0)
        {
            report.Add($"  (still {circuits.Count} circuits open after {waited.Elapsed.TotalSeconds:0} s)");
        }
    }

    /// <summary>Counts the app's open circuits (registered as a circuit handler in the measured host).</summary>
    private sealed class OpenCircuits : Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task OnCircuitOpenedAsync(Microsoft.AspNetCore.Components.Server.Circuits.Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Microsoft.AspNetCore.Components.Server.Circuits.Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _count);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// With HELPDESK_MEASURE_FULLDUMP=dir, a full dump of this process (the app) with the circuits open (createdump
    /// ships with the runtime; for retention paths, e.g. with ClrMD); with HELPDESK_MEASURE_GCDUMP=dir, a heap dump
    /// for `dotnet-gcdump report` (types by size; needs the global tool dotnet-gcdump).
    /// </summary>
    private static async Task CollectGcDumpAsync(string path, string set, Report report)
    {
        var circuits = $"circuits{(path == "/" ? "-layout" : path.Replace('/', '-'))}-{set}";
        if (DiagnosticFile("HELPDESK_MEASURE_FULLDUMP", circuits, "dmp") is { } dump)
        {
            using var createdump = StartTool(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "createdump"), "--full", "-f", dump, ThisProcess);
            await createdump.WaitForExitAsync(TestContext.Current.CancellationToken);
            report.Add($"Full dump with the circuits open: {dump} (exit code {createdump.ExitCode})");
        }

        if (DiagnosticFile("HELPDESK_MEASURE_GCDUMP", circuits, "gcdump") is { } heap)
        {
            using var gcdump = StartTool(GlobalTool("dotnet-gcdump"), "collect", "-p", ThisProcess, "-o", heap);
            await gcdump.WaitForExitAsync(TestContext.Current.CancellationToken);
            report.Add($"Heap dump with the circuits open: {heap} (exit code {gcdump.ExitCode})");
        }
    }

    private static string ThisProcess => Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    private static string GlobalTool(string name) =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", name);

    /// <summary>When <paramref name="variable"/> names a directory: the file for <paramref name="name"/> in it, else null.</summary>
    private static string? DiagnosticFile(string variable, string name, string extension)
    {
        var directory = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"{name.Replace(' ', '-')}.{extension}");
    }

    private static Process StartTool(string executable, params string[] arguments) =>
        Process.Start(new ProcessStartInfo(executable, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;

    // The app runs inside this process (WebApplicationFactory); Chromium and the Playwright driver are separate processes.
    private static (long Heap, long WorkingSet) ServerMemory()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (heap, process.WorkingSet64);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Summary(IEnumerable<double> values)
    {
        var milliseconds = values.ToList();
        var sorted = milliseconds.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"median {sorted[sorted.Count / 2]:0} ms, min {sorted[0]:0} ms, max {sorted[^1]:0} ms ({sorted.Count} runs: {string.Join(", ", milliseconds.Select(m => m.ToString("0", CultureInfo.InvariantCulture)))})");
    }

    private sealed record Timings(
        [property: System.Text.Json.Serialization.JsonPropertyName("ttfb")] double Ttfb,
        [property: System.Text.Json.Serialization.JsonPropertyName("html")] double Html,
        [property: System.Text.Json.Serialization.JsonPropertyName("dcl")] double Dcl,
        [property: System.Text.Json.Serialization.JsonPropertyName("socketCreated")] double SocketCreated,
        [property: System.Text.Json.Serialization.JsonPropertyName("socketOpen")] double SocketOpen,
        [property: System.Text.Json.Serialization.JsonPropertyName("socketFirstMessage")] double SocketFirstMessage,
        [property: System.Text.Json.Serialization.JsonPropertyName("interactive")] double Interactive,
        [property: System.Text.Json.Serialization.JsonPropertyName("rows")] double Rows,
        [property: System.Text.Json.Serialization.JsonPropertyName("ready")] double Ready,
        [property: System.Text.Json.Serialization.JsonPropertyName("filter")] double Filter,
        [property: System.Text.Json.Serialization.JsonPropertyName("transferred")] double Transferred);

    // The host runs as Development (static assets from bin/), which turns caching of static assets off for hot reload;
    // this switches Production's cache headers back on so that warm navigations measure what users get.
    private sealed class VolumeBrowserFixture() : BrowserFixture(new MeasuredApp
    {
        SeedDemoData = true,
        Settings = { ["EnableStaticAssetsDevelopmentCaching"] = "true" },
    });

    // A circuit whose browser went without saying goodbye is kept for reconnection (3 minutes by default); the
    // measurement's baselines wait for earlier circuits to go, so it keeps them only briefly.
    private sealed class MeasuredApp : HelpdeskAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(builder, services =>
            {
                services.Configure<Microsoft.AspNetCore.Components.Server.CircuitOptions>(options =>
                    options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(5));
                services.AddSingleton<TimeProvider>(new HoldableTicksTimeProvider(TimeProvider.System));
                services.AddSingleton<OpenCircuits>();
                services.AddSingleton<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(provider => provider.GetRequiredService<OpenCircuits>());
            });
        }
    }
}
