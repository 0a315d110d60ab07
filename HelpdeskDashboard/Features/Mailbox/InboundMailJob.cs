using HelpdeskDashboard.Features.Mailbox.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace HelpdeskDashboard.Features.Mailbox;

/// <summary>Quartz job: reads the configured source (Email:Inbound:Source) every Email:Inbound:PollInterval. One run at a time.</summary>
[DisallowConcurrentExecution]
public sealed class InboundMailJob(
    IOptions<InboundOptions> options, DropFolderInbox dropFolder, ImapInbox imap, InboundMailProcessor processor, ILogger<InboundMailJob> logger) : IJob
{
    public static readonly JobKey Key = new("inbound-mail", "notifications");

    public static readonly TriggerKey TriggerKey = new("inbound-mail-poll", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var handled = options.Value.Source switch
        {
            InboundSource.DropFolder => await dropFolder.ProcessAsync((stream, ct) => processor.ProcessAsync(stream, InboundSource.DropFolder, ct), cancellationToken),
            InboundSource.Imap => await imap.ProcessAsync((stream, ct) => processor.ProcessAsync(stream, InboundSource.Imap, ct), cancellationToken),
            _ => 0,
        };
        if (handled > 0)
        {
            logger.LogInformation("Mail in: {Count} mails read from {Source}.", handled, options.Value.Source);
        }
    }
}

public static class InboundMailJobRegistration
{
    /// <summary>Polls the mail source at Email:Inbound:PollInterval (a run with Source None does nothing).</summary>
    public static IQuartzBuilder AddInboundMail(this IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<InboundMailJob>(job => job.WithIdentity(InboundMailJob.Key).StoreDurably().WithDescription("Reads received mail"));
        quartz.AddTrigger<InboundMailJob>((provider, trigger) => trigger
            .WithIdentity(InboundMailJob.TriggerKey)
            .ForJob(InboundMailJob.Key)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule
                .WithInterval(provider.GetRequiredService<IOptions<InboundOptions>>().Value.PollInterval)
                .RepeatForever()));
        return quartz;
    }
}
