using Microsoft.AspNetCore.Components;

namespace HelpdeskDashboard.Platform.Changes;

/// <summary>
/// Keeps a page live, like eShop's invisible order-status refresher: while the page is open it listens to a
/// <see cref="ChangeHub{TChange}"/> and, for each change that <see cref="When"/> accepts, runs <see cref="OnChange"/>
/// on the page's circuit; when changes may have been missed (on PostgreSQL, after the listener reconnected) it runs
/// <see cref="OnChange"/> whatever <see cref="When"/> says. A failing <see cref="OnChange"/> is reported through the renderer (the nearest error
/// boundary, else the circuit), as an exception thrown by the page itself would be. Disposing the page unsubscribes.
/// <code>&lt;LiveRefresh TChange="TicketChanged" Hub="Changes" When="c =&gt; c.TicketId == Id" OnChange="ReloadAsync" /&gt;</code>
/// It renders nothing and is never rendered, not even when the page renders, so it adds no render and no markup;
/// the page renders what it reloaded itself (<c>StateHasChanged()</c> at the end of <see cref="OnChange"/>).
/// </summary>
public sealed class LiveRefresh<TChange> : IComponent, IDisposable
{
    private RenderHandle _renderHandle;
    private IDisposable? _subscription;

    /// <summary>The hub to listen to; subscribed once, when the component gets its first parameters.</summary>
    [Parameter, EditorRequired]
    public ChangeHub<TChange> Hub { get; set; } = default!;

    /// <summary>
    /// Whether a change concerns the page; every change does when not set. Runs on the publisher's thread, before
    /// anything is handed to the circuit: keep it a quick look at ids the page already holds.
    /// </summary>
    [Parameter]
    public Func<TChange, bool>? When { get; set; }

    /// <summary>Reloads what the page shows and renders it; runs on the page's circuit (the renderer's dispatcher).</summary>
    [Parameter, EditorRequired]
    public Func<Task> OnChange { get; set; } = default!;

    public void Attach(RenderHandle renderHandle) => _renderHandle = renderHandle;

    public Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        if (Hub is null || OnChange is null)
        {
            throw new InvalidOperationException($"{nameof(LiveRefresh<TChange>)} needs a {nameof(Hub)} and an {nameof(OnChange)}.");
        }

        _subscription ??= Hub.Subscribe(Heard, Missed);
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();

    // Only hands the work to the circuit, so a slow page never delays the publisher.
    private Task Heard(TChange change)
    {
        if (When?.Invoke(change) ?? true)
        {
            _ = _renderHandle.Dispatcher.InvokeAsync(RunOnChangeAsync);
        }

        return Task.CompletedTask;
    }

    // Changes may have been missed (another instance's, while the listener reconnected): reload whatever When says.
    private Task Missed()
    {
        _ = _renderHandle.Dispatcher.InvokeAsync(RunOnChangeAsync);
        return Task.CompletedTask;
    }

    private async Task RunOnChangeAsync()
    {
        try
        {
            await OnChange();
        }
        catch (Exception error)
        {
            await _renderHandle.DispatchExceptionAsync(error);
        }
    }
}
