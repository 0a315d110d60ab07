using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HelpdeskDashboard.LoadTest;

/// <summary>
/// The tool's library entry point: ramps up the boards, holds them for the duration (with churn or a writer when asked),
/// writes a CSV row per second and a summary, closes everything and returns the summary.
/// </summary>
public static class LoadRunner
{
    public const string CsvHeader =
        "second_utc,elapsed_s,cpu_percent,working_set_mb,gc_heap_mb,circuits_open,tick_batches,tick_p50_ms,tick_p95_ms,tick_p99_ms,tick_max_ms,failures,dropped,writes";

    public static async Task<LoadRunResult> RunAsync(LoadOptions options, Action<string> log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (options.Scenario == LoadScenario.Writer && options.Writer is null)
        {
            throw new ArgumentException("The writer scenario needs a writer (LoadOptions.Writer); see docs/capacity.md.", nameof(options));
        }

        Directory.CreateDirectory(options.OutputFolder);
        var csvPath = Path.Combine(options.OutputFolder, "load.csv");
        var metrics = new LoadMetrics(log);
        var answers = new JsInteropAnswers(log);
        var boards = new ConcurrentDictionary<int, BoardCircuit>();
        var nextNumber = 0;
        var started = DateTimeOffset.UtcNow;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var samples = new List<SecondSample>();
        var sampler = SampleEverySecondAsync(options, metrics, csvPath, samples, started, stop.Token);

        async Task OpenBoardAsync(CancellationToken token)
        {
            var number = Interlocked.Increment(ref nextNumber);
            var board = new BoardCircuit(number, options.BaseAddress, metrics, answers);
            try
            {
                await board.SignInAsync(options.AgentEmail(((number - 1) % options.Agents) + 1), options.Password, token);
                await board.OpenAsync(options.Path, token);
                boards[number] = board;
            }
            catch (Exception error) when (error is not OperationCanceledException || !token.IsCancellationRequested)
            {
                metrics.Failure($"board {number}: {error.GetType().Name}: {error.Message}");
                await board.DisposeAsync();
            }
        }

        // Ramp-up: boards start at the given rate and open concurrently, as agents arriving in the morning.
        log($"ramping up {options.Boards} boards at {options.RampPerSecond:0.#}/s against {options.BaseAddress}");
        using (var ramp = CancellationTokenSource.CreateLinkedTokenSource(stop.Token))
        {
            ramp.CancelAfter(options.RampTimeout);
            var opening = new List<Task>();
            for (var i = 0; i < options.Boards && !ramp.IsCancellationRequested; i++)
            {
                opening.Add(OpenBoardAsync(ramp.Token));
                await DelayQuietlyAsync(TimeSpan.FromSeconds(1 / options.RampPerSecond), ramp.Token);
            }

            await Task.WhenAll(opening);
            // The first render of each board arrives right after its circuit starts; wait for those before the hold.
            while (!ramp.IsCancellationRequested && boards.Values.Any(board => !board.IsRendered))
            {
                await DelayQuietlyAsync(TimeSpan.FromMilliseconds(50), ramp.Token);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var rampedUp = DateTimeOffset.UtcNow;
        // Boards count ticks from the second after their first render's (BoardCircuit); the hold counts from there.
        var steadyFrom = rampedUp.ToUnixTimeSeconds() + 2;
        metrics.SteadyFrom(steadyFrom);
        log($"{metrics.Open} circuits open after {(rampedUp - started).TotalSeconds:0.0} s; holding for {options.Duration.TotalSeconds:0} s ({options.Scenario})");

        using (var hold = CancellationTokenSource.CreateLinkedTokenSource(stop.Token))
        {
            hold.CancelAfter(options.Duration);
            var activity = options.Scenario switch
            {
                LoadScenario.Churn => ChurnAsync(options, boards, metrics, OpenBoardAsync, hold.Token),
                LoadScenario.Writer => WriteAsync(options, metrics, hold.Token),
                _ => Task.CompletedTask,
            };
            await DelayQuietlyAsync(options.Duration, hold.Token);
            await activity;
        }

        var steadyUntil = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        metrics.SteadyUntil(steadyUntil);
        // One more row for the last whole second, then stop sampling.
        await DelayQuietlyAsync(TimeSpan.FromSeconds(1.6), cancellationToken);
        await stop.CancelAsync();
        await sampler;

        var openAtEnd = metrics.Open;
        var ticksPerBoard = boards.Values
            .Select(board => board.SecondsWithBatch(steadyFrom, steadyUntil))
            .Order()
            .ToList();
        var laterBatches = boards.Values.Sum(board => board.LaterBatches(steadyFrom, steadyUntil));
        foreach (var board in boards.Values)
        {
            await board.DisposeAsync();
        }

        var steady = samples.Where(sample => sample.Second >= steadyFrom && sample.Second < steadyUntil).ToList();
        var delays = metrics.Steady();
        var result = new LoadRunResult(
            options.Scenario.ToString().ToLowerInvariant(),
            options.Boards,
            metrics.Opened,
            openAtEnd,
            Math.Round((rampedUp - started).TotalSeconds, 1),
            (int)(steadyUntil - steadyFrom),
            metrics.Failures,
            metrics.DroppedCount,
            metrics.Writes,
            metrics.WriteFailures,
            delays.Count,
            laterBatches,
            Round(delays.P50),
            Round(delays.P95),
            Round(delays.P99),
            Round(delays.Max),
            Round(Mean(steady.Select(sample => sample.CpuPercent))),
            Round(Max(steady.Select(sample => sample.CpuPercent))),
            Round(Max(steady.Select(sample => sample.WorkingSetMb))),
            Round(Max(steady.Select(sample => sample.GcHeapMb))),
            ticksPerBoard,
            answers.Seen.ToDictionary(),
            csvPath);
        await WriteSummaryAsync(options.OutputFolder, result);
        return result;
    }

    private static async Task ChurnAsync(
        LoadOptions options, ConcurrentDictionary<int, BoardCircuit> boards, LoadMetrics metrics, Func<CancellationToken, Task> openBoard, CancellationToken cancellationToken)
    {
        var random = new Random(1);
        var openings = new List<Task>();
        while (!cancellationToken.IsCancellationRequested)
        {
            await DelayQuietlyAsync(TimeSpan.FromSeconds(1 / options.ChurnPerSecond), cancellationToken);
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            var open = boards.Keys.ToArray();
            if (open.Length > 0 && boards.TryRemove(open[random.Next(open.Length)], out var closing))
            {
                await closing.DisposeAsync();
            }

            openings.Add(openBoard(cancellationToken));
        }

        await Task.WhenAll(openings);
    }

    private static async Task WriteAsync(LoadOptions options, LoadMetrics metrics, CancellationToken cancellationToken)
    {
        var number = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await DelayQuietlyAsync(TimeSpan.FromSeconds(1 / options.WritesPerSecond), cancellationToken);
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await options.Writer!(++number, cancellationToken);
                metrics.Wrote();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break; // the hold ended mid-change
            }
            catch (Exception error)
            {
                metrics.WriteFailed($"change {number}: {error.GetType().Name}: {error.Message}");
            }
        }
    }

    private static async Task SampleEverySecondAsync(
        LoadOptions options, LoadMetrics metrics, string csvPath, List<SecondSample> samples, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var probe = options.ServerProcessId is { } pid ? new ServerProcessProbe(pid) : null;
        await using var csv = new StreamWriter(csvPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await csv.WriteLineAsync(CsvHeader);
        probe?.Read(DateTimeOffset.UtcNow);
        var startSecond = started.ToUnixTimeSeconds();
        while (!cancellationToken.IsCancellationRequested)
        {
            // Half a second into each second: the previous second's tick batches have all arrived unless they were
            // more than 1.5 s late (which the per-second attribution could not tell apart anyway).
            var now = DateTimeOffset.UtcNow;
            var next = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() + 1).AddMilliseconds(500);
            await DelayQuietlyAsync(next - now, cancellationToken);
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            var second = next.ToUnixTimeSeconds() - 1;
            var (cpu, workingSet) = probe?.Read(DateTimeOffset.UtcNow) ?? (null, null);
            var gcHeap = options.GcHeapProbe?.Invoke();
            var delays = metrics.TakeSecond(second);
            var sample = new SecondSample(second, cpu, workingSet, gcHeap);
            samples.Add(sample);
            await csv.WriteLineAsync(string.Join(',',
                DateTimeOffset.FromUnixTimeSeconds(second).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                (second - startSecond).ToString(CultureInfo.InvariantCulture),
                Format(cpu), Format(workingSet), Format(gcHeap),
                metrics.Open.ToString(CultureInfo.InvariantCulture),
                delays.Count.ToString(CultureInfo.InvariantCulture),
                Format(delays.P50), Format(delays.P95), Format(delays.P99), Format(delays.Max),
                metrics.Failures.ToString(CultureInfo.InvariantCulture),
                metrics.DroppedCount.ToString(CultureInfo.InvariantCulture),
                metrics.Writes.ToString(CultureInfo.InvariantCulture)));
            await csv.FlushAsync(CancellationToken.None);
        }
    }

    private static async Task WriteSummaryAsync(string folder, LoadRunResult result)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "summary.txt"), string.Join(Environment.NewLine, result.SummaryLines()) + Environment.NewLine);
        await File.WriteAllTextAsync(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(result, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(delay, TimeProvider.System, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The caller looks at its token.
        }
    }

    private static string Format(double? value) =>
        value is { } number && !double.IsNaN(number) ? number.ToString("0.0", CultureInfo.InvariantCulture) : "";

    private static double? Round(double? value) => value is { } number && !double.IsNaN(number) ? Math.Round(number, 1) : null;

    private static double? Mean(IEnumerable<double?> values) => values.OfType<double>().DefaultIfEmpty(double.NaN).Average();

    private static double? Max(IEnumerable<double?> values) => values.OfType<double>().DefaultIfEmpty(double.NaN).Max();

    private sealed record SecondSample(long Second, double? CpuPercent, double? WorkingSetMb, double? GcHeapMb);
}

/// <summary>The run's summary; summary.json holds the same, summary.txt the lines of <see cref="SummaryLines"/>.</summary>
public sealed record LoadRunResult(
    string Scenario,
    int Boards,
    int CircuitsOpened,
    int CircuitsOpenAtEnd,
    double RampUpSeconds,
    int SteadySeconds,
    int Failures,
    int Dropped,
    int Writes,
    int WriteFailures,
    int TickBatches,
    int LaterBatches,
    double? TickP50Ms,
    double? TickP95Ms,
    double? TickP99Ms,
    double? TickMaxMs,
    double? CpuMeanPercent,
    double? CpuMaxPercent,
    double? WorkingSetMaxMb,
    double? GcHeapMaxMb,
    IReadOnlyList<int> TickSecondsPerBoard,
    IReadOnlyDictionary<string, int> JsInteropCalls,
    string CsvPath)
{
    public IEnumerable<string> SummaryLines()
    {
        yield return $"scenario {Scenario}: {Boards} boards, {CircuitsOpened} circuits opened, {CircuitsOpenAtEnd} open at the end; ramp-up {RampUpSeconds} s, held {SteadySeconds} s";
        yield return $"tick delay (batch arrival - its whole second) over {TickBatches} tick batches: p50 {TickP50Ms} ms, p95 {TickP95Ms} ms, p99 {TickP99Ms} ms, max {TickMaxMs} ms";
        var perBoard = TickSecondsPerBoard.Count == 0 ? "none" : $"min {TickSecondsPerBoard[0]}, median {TickSecondsPerBoard[TickSecondsPerBoard.Count / 2]} of {SteadySeconds} s";
        yield return $"seconds with a tick batch per board: {perBoard}; later batches in a second (live updates, other renders): {LaterBatches}";
        yield return $"server: CPU mean {Show(CpuMeanPercent)} % (max {Show(CpuMaxPercent)} %) of one core, working set max {Show(WorkingSetMaxMb)} MB, GC heap max {Show(GcHeapMaxMb)} MB";
        yield return $"failures {Failures}, dropped circuits {Dropped}, writes {Writes} ({WriteFailures} failed)";
    }

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "n/a";
}
