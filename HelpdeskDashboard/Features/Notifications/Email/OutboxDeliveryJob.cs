using Quartz;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>Quartz job: delivers the outbox's due messages. One run at a time; a slow run delays the next.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(OutboxDispatcher dispatcher, ILogger<OutboxDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("outbox-delivery", "notifications");

    public static readonly TriggerKey TriggerKey = new("outbox-delivery-every-minute", "notifications");

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await dispatcher.DeliverDueAsync(cancellationToken);
        if (report.Attempted > 0)
        {
            logger.LogInformation("Outbox delivery: {Sent} sent, {Retrying} to retry, {Failed} failed.", report.Sent, report.Retrying, report.Failed);
        }
    }
}

public static class OutboxDeliveryJobRegistration
{
    /// <summary>
    /// Schedules <see cref="OutboxDeliveryJob"/> every minute from start-up. Call inside the app's AddQuartz
    /// (the scheduling feature owns that): <c>quartz.AddOutboxDelivery();</c>
    /// </summary>
    public static IQuartzBuilder AddOutboxDelivery(this IQuartzBuilder quartz) =>
        quartz.ScheduleJob<OutboxDeliveryJob>(
            trigger => trigger
                .WithIdentity(OutboxDeliveryJob.TriggerKey)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(OutboxDeliveryJob.Interval).RepeatForever()),
            job => job.WithIdentity(OutboxDeliveryJob.Key).WithDescription("Sends due e-mails from the outbox"));
}
