using HelpdeskDashboard.Features.Mailbox.Review;
using HelpdeskDashboard.Features.Mailbox.Sources;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Mailbox;

public static class MailboxServiceCollectionExtensions
{
    /// <summary>Mail in: the validated "Email:Inbound" section, its two sources, the processor and the review page's service.</summary>
    public static IServiceCollection AddMailbox(this IServiceCollection services)
    {
        services.AddValidatedOptions<InboundOptions, InboundOptionsValidator>(InboundOptions.SectionName);
        services.TryAddSingleton<DropFolderInbox>();
        services.TryAddSingleton<ImapInbox>();
        services.TryAddScoped<InboundMailProcessor>();
        services.TryAddTransient<InboundMailJob>();
        services.TryAddScoped<MailReview>();
        return services;
    }
}
