using HelpdeskDashboard.Features.Notifications.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class OutboxDeliveryJobTests : IAsyncLifetime
{
    private OutboxTestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public void Job_never_runs_twice_at_once()
    {
        Assert.NotNull(Attribute.GetCustomAttribute(typeof(OutboxDeliveryJob), typeof(DisallowConcurrentExecutionAttribute)));
    }

    [Fact]
    public async Task Job_drains_a_backlog_larger_than_one_batch_in_one_run()
    {
        await _world.QueueAsync(5);
        _world.Options.Delivery.BatchSize = 2;
        var transport = new RecordingTransport();

        await Job(transport).Execute(null!, TestContext.Current.CancellationToken);

        Assert.Equal(5, transport.Sent.Count);
    }

    [Fact]
    public async Task Job_stops_after_one_pass_when_every_send_fails()
    {
        await _world.QueueAsync(4);
        _world.Options.Delivery.BatchSize = 2;
        var transport = new RecordingTransport { Failing = true };

        await Job(transport).Execute(null!, TestContext.Current.CancellationToken);

        // Two full batches of failures, then nothing is due any more.
        Assert.All(await _world.ReadAllAsync(), m => Assert.Equal(1, m.Attempts));
    }

    private OutboxDeliveryJob Job(RecordingTransport transport) =>
        new(_world.Dispatcher(transport), Options.Create(_world.Options), NullLogger<OutboxDeliveryJob>.Instance);

    [Theory]
    [InlineData(null, 60)]
    [InlineData(2, 2)]
    public async Task Registration_schedules_the_job_every_poll_interval_a_minute_by_default(int? seconds, int expectedSeconds)
    {
        var email = new EmailOptions();
        if (seconds is { } configured)
        {
            email.Delivery.PollInterval = TimeSpan.FromSeconds(configured);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(email));
        services.AddQuartz(quartz => quartz.AddOutboxDelivery());
        await using var provider = services.BuildServiceProvider();

        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var trigger = await scheduler.GetTrigger(OutboxDeliveryJob.TriggerKey, TestContext.Current.CancellationToken);

        var simple = Assert.IsAssignableFrom<ISimpleTrigger>(trigger);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), simple.RepeatInterval);
        Assert.Equal(OutboxDeliveryJob.Key, simple.JobKey);
    }
}
