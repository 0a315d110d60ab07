#pragma warning disable BL0006 // Blazor's own Renderer base class: batches acknowledged as a circuit's are.
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskDashboard.Tests.Infrastructure;

/// <summary>
/// A renderer whose batches complete only when the test acknowledges them, as a Blazor Server circuit's do when the
/// browser confirms a batch. bunit completes every batch at once, so components' after-render work runs inside the batch
/// and renders it asks for join the next one; on a circuit each such render is a batch of its own on the wire.
/// <see cref="AcknowledgeAllAsync"/> takes the renders as over after three quiet dispatcher rounds, which holds while the
/// components' services answer at once (the board tests' fakes do); a service that answers later would need waiting for.
/// </summary>
internal sealed class AcknowledgingRenderer(IServiceProvider services) : Renderer(services, NullLoggerFactory.Instance)
{
    private readonly List<TaskCompletionSource> _unacknowledged = [];

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    /// <summary>The batches sent so far.</summary>
    public int Batches { get; private set; }

    protected override RendererInfo RendererInfo { get; } = new("Server", isInteractive: true);

    public Task RenderAsync<TComponent>()
        where TComponent : IComponent =>
        Dispatcher.InvokeAsync(() => RenderRootComponentAsync(AssignRootComponentId(InstantiateComponent(typeof(TComponent)))));

    /// <summary>Acknowledges batch after batch until the components ask for no more.</summary>
    public async Task AcknowledgeAllAsync()
    {
        var quietRounds = 0;
        for (var round = 0; round < 20; round++)
        {
            var pending = await Dispatcher.InvokeAsync(() =>
            {
                var batches = _unacknowledged.ToArray();
                _unacknowledged.Clear();
                return batches;
            });
            if (pending.Length == 0)
            {
                // Work released by the last acknowledgements may still be queued on the dispatcher.
                if (++quietRounds == 3)
                {
                    return;
                }

                await Dispatcher.InvokeAsync(() => { });
                continue;
            }

            quietRounds = 0;

            await Dispatcher.InvokeAsync(() =>
            {
                foreach (var batch in pending)
                {
                    batch.SetResult();
                }
            });
            await Dispatcher.InvokeAsync(() => { }); // lets the after-render work the acknowledgements released run
        }

        throw new InvalidOperationException("The components kept rendering after 20 rounds of acknowledgements.");
    }

    protected override void HandleException(Exception exception) => ExceptionDispatchInfo.Capture(exception).Throw();

    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
    {
        Batches++;
        var acknowledged = new TaskCompletionSource();
        _unacknowledged.Add(acknowledged);
        return acknowledged.Task;
    }
}
