using Bunit;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Platform.Changes;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HelpdeskDashboard.Tests.Platform.Changes;

public sealed class LiveRefreshTests : BunitTestBase
{
    private const int ShownCustomer = 3;

    /// <summary>A page showing one customer's usage, kept live by a <see cref="LiveRefresh{TChange}"/>.</summary>
    private IRenderedComponent<UsagePage> RenderPage(Func<Task>? load = null) =>
        Context.Render<UsagePage>(parameters => parameters
            .Add(p => p.Hub, UsageChanges)
            .Add(p => p.Load, load ?? (() => Task.CompletedTask)));

    [Fact]
    public void It_renders_no_markup()
    {
        var refresh = Context.Render<LiveRefresh<int>>(parameters => parameters
            .Add(r => r.Hub, UsageChanges)
            .Add(r => r.OnChange, () => Task.CompletedTask));

        Assert.Equal("", refresh.Markup);
        Assert.Equal(1, UsageChanges.SubscriberCount);
    }

    [Fact]
    public async Task A_change_that_concerns_the_page_reloads_it_on_the_circuit_and_renders_it_once()
    {
        var loading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var page = RenderPage(() => loading.Task);
        var renders = page.RenderCount;

        // Published from another thread, as a service on another circuit does; StateHasChanged would throw off the circuit.
        await Task.Run(() => UsageChanges.PublishAsync(ShownCustomer), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(renders, page.RenderCount); // nothing rendered while the reload is under way
        loading.SetResult();

        page.WaitForAssertion(() => Assert.Equal("Loaded 1 time(s)", page.Markup));
        Assert.Equal(renders + 1, page.RenderCount);
    }

    [Fact]
    public async Task A_change_that_does_not_concern_the_page_does_nothing()
    {
        var loads = 0;
        var page = RenderPage(() => { loads++; return Task.CompletedTask; });
        var renders = page.RenderCount;

        await UsageChanges.PublishAsync(99);
        await page.InvokeAsync(() => { }); // anything handed to the circuit would have run by now

        Assert.Equal(0, loads);
        Assert.Equal(renders, page.RenderCount);
        Assert.Equal("Loaded 0 time(s)", page.Markup);
    }

    [Fact]
    public async Task A_failing_reload_surfaces_through_the_renderer()
    {
        RenderPage(() => throw new InvalidOperationException("database gone"));

        await UsageChanges.PublishAsync(ShownCustomer);

        var error = await Context.Renderer.UnhandledException.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal("database gone", error.Message);
    }

    [Fact]
    public async Task Rendering_the_page_again_keeps_one_subscription_and_disposing_it_unsubscribes()
    {
        var page = RenderPage();
        page.Render();
        Assert.Equal(1, UsageChanges.SubscriberCount);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, UsageChanges.SubscriberCount);
    }

    private sealed class UsagePage : ComponentBase
    {
        private int _loads;

        [Parameter]
        public UsageChangeHub Hub { get; set; } = default!;

        [Parameter]
        public Func<Task> Load { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<LiveRefresh<int>>(0);
            builder.AddComponentParameter(1, nameof(LiveRefresh<int>.Hub), Hub);
            builder.AddComponentParameter(2, nameof(LiveRefresh<int>.When), (Func<int, bool>)(customerId => customerId == ShownCustomer));
            builder.AddComponentParameter(3, nameof(LiveRefresh<int>.OnChange), (Func<Task>)ReloadAsync);
            builder.CloseComponent();
            builder.AddContent(4, $"Loaded {_loads} time(s)");
        }

        private async Task ReloadAsync()
        {
            await Load();
            _loads++;
            StateHasChanged();
        }
    }
}
