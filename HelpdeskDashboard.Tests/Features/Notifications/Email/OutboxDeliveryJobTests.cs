using HelpdeskDashboard.Features.Notifications.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class OutboxDeliveryJobTests : IAsyncLifetime
{
    private OutboxTestWorld world = null!;

    public async ValueTask InitializeAsync() => world = await OutboxTestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public void Job_never_runs_twice_at_once()
    {
        Assert.NotNull(Attribute.GetCustomAttribute(typeof(OutboxDeliveryJob), typeof(DisallowConcurrentExecutionAttribute)));
    }

    [Fact]
    public async Task Job_delivers_the_due_messages()
    {
        await world.QueueAsync(2);
        var transport = new RecordingTransport();
        var job = new OutboxDeliveryJob(world.Dispatcher(transport), NullLogger<OutboxDeliveryJob>.Instance);

        await job.Execute(null!, TestContext.Current.CancellationToken);

        Assert.Equal(2, transport.Sent.Count);
    }

    [Fact]
    public async Task Registration_schedules_the_job_every_minute()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(quartz => quartz.AddOutboxDelivery());
        await using var provider = services.BuildServiceProvider();

        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var trigger = await scheduler.GetTrigger(OutboxDeliveryJob.TriggerKey, TestContext.Current.CancellationToken);

        var simple = Assert.IsAssignableFrom<ISimpleTrigger>(trigger);
        Assert.Equal(TimeSpan.FromMinutes(1), simple.RepeatInterval);
        Assert.Equal(OutboxDeliveryJob.Key, simple.JobKey);
    }
}
