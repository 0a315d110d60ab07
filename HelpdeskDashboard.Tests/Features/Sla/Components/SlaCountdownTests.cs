using Bunit;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Sla.Components;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla.Components;

public sealed class SlaCountdownTests : BunitTestBase
{
    private IRenderedComponent<SlaCountdown> RenderCountdown(SlaReading reading) =>
        Context.Render<SlaCountdown>(parameters => parameters
            .Add(c => c.Reading, reading)
            .Add(c => c.TimeZone, Zone));

    private static string Text(IRenderedComponent<SlaCountdown> countdown) => countdown.Find(".sla-countdown__text").TextContent;

    [Fact]
    public void A_tick_takes_one_second_off_the_running_clock()
    {
        var countdown = RenderCountdown(ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum)));
        Assert.Equal("23:00:00", Text(countdown));

        AdvanceSeconds(1);

        Assert.Equal("22:59:59", Text(countdown));
        Assert.Equal("on track", countdown.Find(".sla-countdown__badge").TextContent);
    }

    [Fact]
    public void A_reading_taken_earlier_is_shown_as_of_now()
    {
        var reading = ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum));
        AdvanceSeconds(30);

        var countdown = RenderCountdown(reading);

        Assert.Equal("22:59:30", Text(countdown));
    }

    [Fact]
    public void Clock_freezes_at_friday_midnight_and_says_when_it_resumes()
    {
        AdvanceTo("Fri 2026-03-13 20:00");
        var reading = ReadNow(CustomerWrites("Fri 2026-03-13 20:00", Platinum));
        AdvanceTo("Fri 2026-03-13 23:59", 58);
        var countdown = RenderCountdown(reading);
        Assert.Equal("20:00:02", Text(countdown));

        AdvanceSeconds(2);
        Assert.Equal("20:00:00, resumes Mon 00:00", Text(countdown));
        Assert.Equal(nameof(SlaTone.OutsideHours), countdown.Find(".sla-countdown").GetAttribute("data-tone"));
        var renders = countdown.RenderCount;

        AdvanceSeconds(5);
        Assert.Equal("20:00:00, resumes Mon 00:00", Text(countdown));
        Assert.Equal(renders, countdown.RenderCount);
    }

    [Fact]
    public void Clock_resumes_at_monday_midnight()
    {
        var reading = Engine.Read([CustomerWrites("Fri 2026-03-13 20:00", Platinum)], Local("Sat 2026-03-14 10:00"));
        AdvanceTo("Sun 2026-03-15 23:59", 59);
        var countdown = RenderCountdown(reading);
        Assert.Equal("20:00:00, resumes Mon 00:00", Text(countdown));

        AdvanceSeconds(1);
        Assert.Equal("20:00:00", Text(countdown));

        AdvanceSeconds(1);
        Assert.Equal("19:59:59", Text(countdown));
        Assert.Equal(nameof(SlaTone.OnTrack), countdown.Find(".sla-countdown").GetAttribute("data-tone"));
    }

    [Fact]
    public void Paused_clock_does_not_move_or_render_again()
    {
        var countdown = RenderCountdown(ReadNow(
            CustomerWrites("Tue 2026-03-10 09:00", Platinum), StatusBecomes("Tue 2026-03-10 10:00", SlaPauseReason.WaitingOnCustomer)));
        var renders = countdown.RenderCount;

        AdvanceSeconds(10);

        Assert.Equal("23:00:00, paused: waiting on customer", Text(countdown));
        Assert.Equal(renders, countdown.RenderCount);
    }

    [Fact]
    public void Breach_counts_up()
    {
        var reading = Engine.Read([CustomerWrites("Mon 2026-03-09 11:00", Platinum)], Local("Tue 2026-03-10 10:00"));
        AdvanceSeconds(5);
        var countdown = RenderCountdown(reading);
        Assert.Equal("breached 0:00:05 ago", Text(countdown));

        AdvanceSeconds(1);

        Assert.Equal("breached 0:00:06 ago", Text(countdown));
        Assert.Contains("mud-error-text", countdown.Find(".sla-countdown").ClassList);
    }

    [Fact]
    public void Running_into_the_risk_share_changes_colour_icon_and_words()
    {
        // Platinum is at risk from six hours left (a quarter of 24 hours): Wednesday 04:00.
        var reading = Engine.Read([CustomerWrites("Tue 2026-03-10 10:00", Platinum)], Local("Wed 2026-03-11 03:59"));
        AdvanceTo("Wed 2026-03-11 03:59", 59);
        var countdown = RenderCountdown(reading);
        Assert.Equal("on track", countdown.Find(".sla-countdown__badge").TextContent);
        var onTrackIcon = countdown.Find("svg").InnerHtml;

        AdvanceSeconds(1);

        var root = countdown.Find(".sla-countdown");
        Assert.Equal("6:00:00", Text(countdown));
        Assert.Equal("at risk", countdown.Find(".sla-countdown__badge").TextContent);
        Assert.Contains("mud-warning-text", root.ClassList);
        Assert.NotEqual(onTrackIcon, countdown.Find("svg").InnerHtml);
        Assert.Equal("At risk: business time left to respond.", root.GetAttribute("aria-label")); // the time is the content
    }

    [Fact]
    public void A_new_reading_replaces_the_old_one()
    {
        var countdown = RenderCountdown(ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum)));

        countdown.Render(parameters => parameters.Add(c => c.Reading,
            ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum), AgentReplies("Tue 2026-03-10 10:30"))));
        AdvanceSeconds(1);

        Assert.Equal("replied in time", Text(countdown));
        Assert.Equal("img", countdown.Find(".sla-countdown").GetAttribute("role"));
    }

    [Fact]
    public async Task Removing_the_countdown_unsubscribes_from_the_ticker()
    {
        var countdown = RenderCountdown(ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum)));
        Assert.Equal(1, Ticker.SubscriberCount);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, Ticker.SubscriberCount);
        Assert.False(Ticker.IsTicking);
        _ = countdown;
    }

    [Fact]
    public async Task Countdowns_changed_by_one_tick_reach_the_browser_in_one_render_batch()
    {
        var running = ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum));
        var noSla = ReadNow(CustomerWrites("Tue 2026-03-10 10:00", target: null)); // Basic: its words never change
        await using var scope = CountdownServices();
        using var renderer = new BatchRecordingRenderer(scope.ServiceProvider);
        await renderer.RenderAsync([running, noSla, running, running], Zone);
        var batchesBefore = renderer.Batches.Count;

        AdvanceSeconds(1);

        var tickBatch = Assert.Single(renderer.Batches.Skip(batchesBefore)); // one batch, not three
        Assert.Equal(3, tickBatch.Components); // the three running countdowns; "no SLA" did not change
        Assert.Equal(1, Ticker.SubscriberCount); // one subscription per circuit, not one per countdown
    }

#pragma warning disable BL0006 // Blazor's own Renderer and edit types, only to look at the render batches it sends.
    [Theory]
    [InlineData("on track", "Tue 2026-03-10 10:00")]
    [InlineData("breached, counting up", "Mon 2026-03-09 09:00")]
    public async Task A_tick_changes_only_the_visible_time_of_a_running_countdown(string label, string customerWrote)
    {
        await using var scope = CountdownServices();
        using var renderer = new BatchRecordingRenderer(scope.ServiceProvider);
        await renderer.RenderAsync([ReadNow(CustomerWrites(customerWrote, Platinum))], Zone);
        var batchesBefore = renderer.Batches.Count;

        AdvanceSeconds(1);

        // Name and tooltip stay; the one edit that is not a step into or out of an element is the time's text.
        var edits = Assert.Single(renderer.Batches.Skip(batchesBefore)).Edits;
        Assert.True(edits.Count(e => e is not (RenderTreeEditType.StepIn or RenderTreeEditType.StepOut)) == 1
            && edits.Contains(RenderTreeEditType.UpdateText), $"{label}: {string.Join(", ", edits)}");
    }

    private AsyncServiceScope CountdownServices() => new ServiceCollection()
        .AddSingleton<TimeProvider>(Time).AddSingleton(Ticker).AddSingleton(Engine).AddSingleton(new SlaCountdownViews(Engine)).AddScoped<SlaCountdownGroup>()
        .BuildServiceProvider().CreateAsyncScope();

    /// <summary>A plain Blazor renderer that records, per render batch, how many components it carries and its edits.</summary>
    private sealed class BatchRecordingRenderer(IServiceProvider services)
        : Microsoft.AspNetCore.Components.RenderTree.Renderer(services, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)
    {
        public List<(int Components, List<RenderTreeEditType> Edits)> Batches { get; } = [];

        public override Microsoft.AspNetCore.Components.Dispatcher Dispatcher { get; } = Microsoft.AspNetCore.Components.Dispatcher.CreateDefault();

        public Task RenderAsync(IReadOnlyList<SlaReading> readings, TimeZoneInfo zone) => Dispatcher.InvokeAsync(() =>
            RenderRootComponentAsync(AssignRootComponentId(new CountdownList()), Microsoft.AspNetCore.Components.ParameterView.FromDictionary(
                new Dictionary<string, object?> { [nameof(CountdownList.Readings)] = readings, [nameof(CountdownList.Zone)] = zone })));

        protected override Task UpdateDisplayAsync(in Microsoft.AspNetCore.Components.RenderTree.RenderBatch renderBatch)
        {
            var edits = new List<RenderTreeEditType>();
            for (var i = 0; i < renderBatch.UpdatedComponents.Count; i++)
            {
                var diff = renderBatch.UpdatedComponents.Array[i];
                for (var j = 0; j < diff.Edits.Count; j++)
                {
                    edits.Add(diff.Edits.Array[diff.Edits.Offset + j].Type);
                }
            }

            Batches.Add((renderBatch.UpdatedComponents.Count, edits));
            return Task.CompletedTask;
        }

        protected override void HandleException(Exception exception) => throw exception;
    }
#pragma warning restore BL0006

    [Fact]
    public void A_countdown_removed_between_two_ticks_stops_and_the_others_keep_ticking()
    {
        var reading = ReadNow(CustomerWrites("Tue 2026-03-10 10:00", Platinum));
        var page = Context.Render<CountdownList>(parameters => parameters
            .Add(list => list.Readings, [reading, reading, reading])
            .Add(list => list.Zone, Zone));
        AdvanceSeconds(1);

        page.Render(parameters => parameters.Add(list => list.Readings, [reading]));
        AdvanceSeconds(1);

        page.WaitForAssertion(() => Assert.Equal(["22:59:58"], page.FindAll(".sla-countdown__text").Select(text => text.TextContent)));
        Assert.Equal(1, Context.Services.GetRequiredService<SlaCountdownGroup>().MemberCount);
    }

    /// <summary>One countdown per reading, keyed by position (so a shorter list removes the last ones).</summary>
    private sealed class CountdownList : Microsoft.AspNetCore.Components.ComponentBase
    {
        [Microsoft.AspNetCore.Components.Parameter]
        public IReadOnlyList<SlaReading> Readings { get; set; } = [];

        [Microsoft.AspNetCore.Components.Parameter]
        public TimeZoneInfo Zone { get; set; } = default!;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            for (var i = 0; i < Readings.Count; i++)
            {
                builder.OpenComponent<SlaCountdown>(0);
                builder.SetKey(i);
                builder.AddComponentParameter(1, nameof(SlaCountdown.Reading), Readings[i]);
                builder.AddComponentParameter(2, nameof(SlaCountdown.TimeZone), Zone);
                builder.CloseComponent();
            }
        }
    }
}
