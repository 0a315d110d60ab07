using System.Collections.Concurrent;
using HelpdeskDashboard.Platform.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Tests.Platform.Scheduling;

/// <summary>
/// <see cref="SchedulerStartup"/> against a real Quartz scheduler (in-memory store), with a listener that holds the
/// scheduler inside its start or its shutdown, so the interleavings a loaded machine produces happen on purpose.
/// </summary>
public sealed class SchedulerStartupTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider _services;
    private readonly ApplicationLifetime _lifetime = new(NullLogger<ApplicationLifetime>.Instance);
    private readonly HoldingListener _listener = new();
    private readonly SchedulerStartup _startup;

    public SchedulerStartupTests()
    {
        _services = new ServiceCollection().AddLogging().AddQuartz(_ => { }).BuildServiceProvider();
        _startup = new SchedulerStartup(
            Options.Create(new JobSchedulingOptions { Enabled = true }),
            _services.GetRequiredService<ISchedulerFactory>(),
            _lifetime,
            NullLogger<SchedulerStartup>.Instance);
    }

    [Fact]
    public async Task A_second_stop_returns_only_when_the_shutdown_the_first_one_began_has_finished()
    {
        var scheduler = await StartAsync();
        _listener.HoldShutdown();

        var first = _startup.StopAsync(TestContext.Current.CancellationToken);
        await _listener.ShuttingDown.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        // What app.Run() and WebApplicationFactory.DisposeAsync do when a test host is disposed: both stop it.
        var second = _startup.StopAsync(TestContext.Current.CancellationToken);

        // The host disposes the container once either stop returns; Quartz is still shutting down here.
        Assert.False(second.IsCompleted, "The second stop returned while the scheduler was still shutting down.");
        Assert.Equal(SchedulerStatus.ShuttingDown, scheduler.Status);

        _listener.ReleaseShutdown();
        await Task.WhenAll(first, second).WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal(SchedulerStatus.Shutdown, scheduler.Status);
    }

    [Fact]
    public async Task A_stop_while_the_scheduler_is_starting_shuts_it_down_after_the_start_has_finished()
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        scheduler.ListenerManager.AddSchedulerListener(_listener);
        _listener.HoldStart();
        await _startup.StartAsync(TestContext.Current.CancellationToken);
        _lifetime.NotifyStarted();
        await _listener.Starting.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        var stop = _startup.StopAsync(TestContext.Current.CancellationToken);
        _listener.ReleaseStart();
        await _listener.Started.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        await stop.WaitAsync(Patience, TestContext.Current.CancellationToken);

        // Started after Shutdown would mean a start that restarted the scheduler's threads behind the shutdown.
        Assert.Equal(["starting", "started", "shutting down", "shut down"], _listener.Events.Where(e => e != "standby"));
        Assert.Equal(SchedulerStatus.Shutdown, scheduler.Status);
    }

    [Fact]
    public async Task A_stop_before_the_app_has_started_means_the_scheduler_never_starts()
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        scheduler.ListenerManager.AddSchedulerListener(_listener);
        await _startup.StartAsync(TestContext.Current.CancellationToken);

        await _startup.StopAsync(TestContext.Current.CancellationToken);
        _lifetime.NotifyStarted();

        Assert.Equal(SchedulerStatus.Shutdown, scheduler.Status);
        Assert.DoesNotContain("starting", _listener.Events);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.ReleaseStart();
        _listener.ReleaseShutdown();
        await _startup.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }

    private async Task<IScheduler> StartAsync()
    {
        var scheduler = await _services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        scheduler.ListenerManager.AddSchedulerListener(_listener);
        await _startup.StartAsync(TestContext.Current.CancellationToken);
        _lifetime.NotifyStarted();
        await _listener.Started.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        return scheduler;
    }

    /// <summary>Records the scheduler's lifecycle and can hold it inside its start or its shutdown.</summary>
    private sealed class HoldingListener : ISchedulerListener
    {
        private readonly TaskCompletionSource _releaseStart = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _releaseShutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _holdStart;
        private bool _holdShutdown;

        public ConcurrentQueue<string> Events { get; } = new();

        public TaskCompletionSource Starting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ShuttingDown { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void HoldStart() => _holdStart = true;

        public void ReleaseStart() => _releaseStart.TrySetResult();

        public void HoldShutdown() => _holdShutdown = true;

        public void ReleaseShutdown() => _releaseShutdown.TrySetResult();

        public async ValueTask SchedulerStarting(IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            Events.Enqueue("starting");
            Starting.TrySetResult();
            if (_holdStart)
            {
                await _releaseStart.Task;
            }
        }

        public ValueTask SchedulerStarted(IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            Events.Enqueue("started");
            Started.TrySetResult();
            return default;
        }

        public async ValueTask SchedulerShuttingDown(IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            Events.Enqueue("shutting down");
            ShuttingDown.TrySetResult();
            if (_holdShutdown)
            {
                await _releaseShutdown.Task;
            }
        }

        public ValueTask SchedulerShutdown(IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            Events.Enqueue("shut down");
            return default;
        }

        public ValueTask SchedulerInStandbyMode(IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            Events.Enqueue("standby");
            return default;
        }

        public ValueTask JobScheduled(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken = default) => default;

        public ValueTask JobUnscheduled(IScheduler scheduler, TriggerKey triggerKey, CancellationToken cancellationToken = default) => default;

        public ValueTask TriggerFinalized(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken = default) => default;

        public ValueTask TriggerPaused(IScheduler scheduler, TriggerKey triggerKey, CancellationToken cancellationToken = default) => default;

        public ValueTask TriggersPaused(IScheduler scheduler, string? triggerGroup, CancellationToken cancellationToken = default) => default;

        public ValueTask TriggerResumed(IScheduler scheduler, TriggerKey triggerKey, CancellationToken cancellationToken = default) => default;

        public ValueTask TriggersResumed(IScheduler scheduler, string? triggerGroup, CancellationToken cancellationToken = default) => default;

        public ValueTask JobAdded(IScheduler scheduler, IJobDetail jobDetail, CancellationToken cancellationToken = default) => default;

        public ValueTask JobDeleted(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken = default) => default;

        public ValueTask JobPaused(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken = default) => default;

        public ValueTask JobInterrupted(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken = default) => default;

        public ValueTask JobsPaused(IScheduler scheduler, string? jobGroup, CancellationToken cancellationToken = default) => default;

        public ValueTask JobResumed(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken = default) => default;

        public ValueTask JobsResumed(IScheduler scheduler, string? jobGroup, CancellationToken cancellationToken = default) => default;

        public ValueTask SchedulerError(IScheduler scheduler, SchedulerErrorContext errorContext, CancellationToken cancellationToken = default) => default;

        public ValueTask TriggerInError(IScheduler scheduler, TriggerKey triggerKey, CancellationToken cancellationToken = default) => default;

        public ValueTask TriggersInError(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken = default) => default;

        public ValueTask SchedulingDataCleared(IScheduler scheduler, CancellationToken cancellationToken = default) => default;
    }
}
