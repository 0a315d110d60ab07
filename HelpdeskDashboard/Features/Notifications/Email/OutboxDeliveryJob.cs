using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// Quartz job: delivers the outbox's due messages, batch after batch while batches come back full, so a backlog
/// drains in one run. One run at a time; a slow run delays the next.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(OutboxDispatcher dispatcher, IOptions<EmailOptions> options, ILogger<OutboxDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("outbox-delivery", "notifications");

    public static readonly TriggerKey TriggerKey = new("outbox-delivery-every-minute", "notifications");

    // Bounds one run, so a run never outlives many intervals even if messages keep arriving.
    internal const int MaxBatchesPerRun = 20;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.Delivery.BatchSize;
        for (var batch = 0; batch < MaxBatchesPerRun && !cancellationToken.IsCancellationRequested; batch++)
        {
            var report = await dispatcher.DeliverDueAsync(cancellationToken);
            if (report.Attempted > 0)
            {
                logger.LogInformation("Outbox delivery: {Sent} sent, {Retrying} to retry, {Failed} failed.", report.Sent, report.Retrying, report.Failed);
            }

            // A failed message is rescheduled into the future, so a full batch of failures does not repeat at once.
            if (report.Attempted + report.LostToAnotherDispatcher < batchSize)
            {
                break;
            }
        }
    }
}

public static class OutboxDeliveryJobRegistration
{
    /// <summary>
    /// Schedules <see cref="OutboxDeliveryJob"/> every Email:Delivery:PollInterval (a minute by default) from start-up.
    /// Call inside the app's AddQuartz (the scheduling feature owns that): <c>quartz.AddOutboxDelivery();</c>
    /// </summary>
    public static IQuartzBuilder AddOutboxDelivery(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<OutboxDeliveryJob>(job => job.WithIdentity(OutboxDeliveryJob.Key).StoreDurably().WithDescription("Sends due e-mails from the outbox"));
        quartz.AddTrigger<OutboxDeliveryJob>((provider, trigger) => trigger
            .WithIdentity(OutboxDeliveryJob.TriggerKey)
            .ForJob(OutboxDeliveryJob.Key)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule
                .WithInterval(provider.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery.PollInterval)
                .RepeatForever()));
        return quartz;
    }
}
