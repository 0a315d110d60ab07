using System.Text.Json;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace HelpdeskDashboard.LoadTest;

/// <summary>
/// The capacity plot for the README: server CPU, working set and p95 tick delay against the number of boards, one
/// panel each, from the summary.json of several runs (OxyPlot's managed SVG exporter, no native graphics).
/// </summary>
public static class CapacityPlot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task WriteAsync(string svgPath, IEnumerable<string> runFolders, CancellationToken cancellationToken)
    {
        var runs = new List<LoadRunResult>();
        foreach (var folder in runFolders)
        {
            await using var file = File.OpenRead(Path.Combine(folder, "summary.json"));
            runs.Add(await JsonSerializer.DeserializeAsync<LoadRunResult>(file, Json, cancellationToken)
                ?? throw new LoadTestException($"{folder}/summary.json is empty."));
        }

        runs.Sort((a, b) => a.Boards.CompareTo(b.Boards));
        var panels = new (string Title, string Unit, Func<LoadRunResult, double?> Value, double? Limit)[]
        {
            ("p95 tick delay", "ms", run => run.TickP95Ms, 200),
            ("server working set (max)", "MB", run => run.WorkingSetMaxMb, 1000),
            ("server CPU (mean, % of one core)", "%", run => run.CpuMeanPercent, null),
        };
        const int Width = 300, Height = 240;
        var parts = new List<string>();
        for (var i = 0; i < panels.Length; i++)
        {
            var (title, unit, value, limit) = panels[i];
            var model = new PlotModel { Title = title, TitleFontSize = 13, Background = OxyColors.White };
            model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "boards (circuits)", Minimum = 0, Maximum = runs.Max(run => run.Boards) * 1.08 });
            model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = unit, Minimum = 0 });
            var series = new LineSeries { MarkerType = MarkerType.Circle, Color = OxyColor.FromRgb(0x1f, 0x5f, 0xa8), StrokeThickness = 2 };
            series.Points.AddRange(runs.Where(run => value(run) is not null).Select(run => new DataPoint(run.Boards, value(run)!.Value)));
            model.Series.Add(series);
            if (limit is { } line)
            {
                // Dashed, and named in the legend: the target is not told by colour alone.
                var target = new LineSeries { Title = $"target  {line}  ", LineStyle = LineStyle.Dash, Color = OxyColor.FromRgb(0xb0, 0x3a, 0x2e) };
                target.Points.Add(new DataPoint(0, line));
                target.Points.Add(new DataPoint(runs.Max(run => run.Boards), line));
                model.Series.Add(target);
                model.Legends.Add(new OxyPlot.Legends.Legend { LegendPosition = OxyPlot.Legends.LegendPosition.TopLeft });
            }

            using var stream = new MemoryStream();
            new SvgExporter { Width = Width, Height = Height }.Export(model, stream);
            var svg = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            // Each panel is a complete SVG; nest them side by side in one file.
            var body = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
            parts.Add(body
                .Replace("<svg ", $"<svg x=\"{i * Width}\" y=\"0\" ", StringComparison.Ordinal)
                .Replace("id=\"clipPath", $"id=\"panel{i}clipPath", StringComparison.Ordinal) // ids stay unique in the one file
                .Replace("url(#clipPath", $"url(#panel{i}clipPath", StringComparison.Ordinal));
        }

        await File.WriteAllTextAsync(svgPath,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{panels.Length * Width}\" height=\"{Height}\" role=\"img\" aria-label=\"Capacity: p95 tick delay, working set and CPU against open boards\">"
            + string.Concat(parts) + "</svg>\n", cancellationToken);
    }
}
