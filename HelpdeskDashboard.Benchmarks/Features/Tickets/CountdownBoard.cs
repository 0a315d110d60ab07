#pragma warning disable BL0006 // Blazor's own Renderer base class: the benchmark renders countdowns without a browser.
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Benchmarks.Features.Tickets;

/// <summary>
/// The countdown column of a board: one <see cref="SlaCountdown"/> per reading in a plain Blazor renderer, driven by
/// the app's <see cref="SlaTicker"/> on a fake clock. <see cref="Tick"/> moves the clock one second, which runs a
/// whole tick (readings, words, one render batch, diffs) synchronously on the renderer's dispatcher.
/// </summary>
internal sealed class CountdownBoard : Renderer
{
    private readonly FakeTimeProvider _time;
    private int _lastBatchSize;

    private CountdownBoard(IServiceProvider services, FakeTimeProvider time)
        : base(services, NullLoggerFactory.Instance) => _time = time;

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    public static async Task<CountdownBoard> StartAsync(IReadOnlyList<SlaReading> readings, SlaEngine engine, TimeZoneInfo zone, DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(engine)
            .AddSingleton(sp => new SlaTicker(time, NullLogger<SlaTicker>.Instance))
            .AddSingleton<SlaCountdownViews>()
            .AddScoped<SlaCountdownGroup>()
            .BuildServiceProvider()
            .CreateScope().ServiceProvider;
        var board = new CountdownBoard(services, time);
        await board.Dispatcher.InvokeAsync(() => board.RenderRootComponentAsync(
            board.AssignRootComponentId(new Column()),
            ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(Column.Readings)] = readings, [nameof(Column.Zone)] = zone })));
        return board;
    }

    /// <summary>One tick; returns how many countdowns the tick's render batch carried.</summary>
    public int Tick()
    {
        _time.Advance(SlaTicker.Interval);
        return _lastBatchSize;
    }

    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
    {
        _lastBatchSize = renderBatch.UpdatedComponents.Count;
        return Task.CompletedTask;
    }

    protected override void HandleException(Exception exception) => throw exception;

    private sealed class Column : ComponentBase
    {
        [Parameter]
        public IReadOnlyList<SlaReading> Readings { get; set; } = [];

        [Parameter]
        public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            foreach (var reading in Readings)
            {
                builder.OpenComponent<SlaCountdown>(0);
                builder.AddComponentParameter(1, nameof(SlaCountdown.Reading), reading);
                builder.AddComponentParameter(2, nameof(SlaCountdown.TimeZone), Zone);
                builder.CloseComponent();
            }
        }
    }
}
