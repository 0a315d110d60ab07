#pragma warning disable BL0006 // Blazor's own Renderer base class: the benchmark renders countdowns without a browser.
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Benchmarks.Features.Tickets;

/// <summary>
/// A board's rows (<see cref="BoardRows"/>, the countdowns written inline) in a plain Blazor renderer, driven by the
/// app's <see cref="SlaTicker"/> on a fake clock. <see cref="Tick"/> moves the clock one second, which runs a whole
/// tick (readings, words, one render with its diff and batch) synchronously on the renderer's dispatcher. Every tick is
/// a new second, so the words are worked out afresh: the first board of a view, not one sharing them.
/// </summary>
internal sealed class CountdownBoard : Renderer
{
    private readonly FakeTimeProvider _time;
    private int _lastBatchSize;

    private CountdownBoard(IServiceProvider services, FakeTimeProvider time)
        : base(services, NullLoggerFactory.Instance) => _time = time;

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    public static async Task<CountdownBoard> StartAsync(IReadOnlyList<BoardRow> rows, SlaEngine engine, TimeZoneInfo zone, DateTimeOffset now)
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
            board.AssignRootComponentId(board.InstantiateComponent(typeof(BoardRows))),
            ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(BoardRows.Rows)] = BoardRowView.For(rows, zone), [nameof(BoardRows.TimeZone)] = zone })));
        return board;
    }

    /// <summary>One tick; returns how many edits the tick's render batch carried (one per changed countdown).</summary>
    public int Tick()
    {
        _time.Advance(SlaTicker.Interval);
        return _lastBatchSize;
    }

    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
    {
        _lastBatchSize = 0;
        for (var i = 0; i < renderBatch.UpdatedComponents.Count; i++)
        {
            _lastBatchSize += renderBatch.UpdatedComponents.Array[i].Edits.Count;
        }

        return Task.CompletedTask;
    }

    protected override void HandleException(Exception exception) => throw exception;
}
