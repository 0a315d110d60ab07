using System.Xml.Linq;
using HelpdeskDashboard.LoadTest;

namespace HelpdeskDashboard.Tests.LoadTest;

/// <summary>The README's capacity plot, drawn from the runs' summary.json files kept in docs/capacity-runs.</summary>
public sealed class CapacityPlotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "helpdesk-tests", "plot-" + Guid.NewGuid().ToString("N"));

    public CapacityPlotTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task The_plot_has_a_panel_per_measure_with_a_point_per_run_and_unique_ids()
    {
        var runs = new[] { "idle-100", "idle-250", "idle-500", "idle-1000" }.Select(Run).ToArray();
        var svgPath = Path.Combine(_folder, "capacity.svg");

        await CapacityPlot.WriteAsync(svgPath, runs, TestContext.Current.CancellationToken);

        var svg = XDocument.Load(svgPath).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("Capacity: p95 tick delay, working set and CPU against open boards", (string?)svg.Attribute("aria-label"));
        Assert.Equal(3, svg.Elements(ns + "svg").Count());
        var ids = svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("p95 tick delay", texts);
        Assert.Contains("target  200  ", texts);
    }

    [Fact]
    public async Task A_folder_without_a_summary_is_named_in_the_error()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            CapacityPlot.WriteAsync(Path.Combine(_folder, "x.svg"), [_folder], TestContext.Current.CancellationToken));

        Assert.Contains(_folder, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The committed summaries of the measured runs (docs/capacity-runs), found from the test's output folder upwards.
    private static string Run(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "capacity-runs", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"docs/capacity-runs/{name} not found above {AppContext.BaseDirectory}.");
    }
}
