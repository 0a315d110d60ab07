using HelpdeskDashboard.Features.Notifications.Outbox;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Notifications.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The validated "Email" section, the <see cref="OutboxWriter"/>, the <see cref="OutboxDispatcher"/> and its
    /// transport: SMTP when Email:Smtp:Host is set, else .eml files in Email:PickupFolder; and the managers' outbox page service.
    /// </summary>
    public static IServiceCollection AddEmailOutbox(this IServiceCollection services)
    {
        services.AddValidatedOptions<EmailOptions, EmailOptionsValidator>(EmailOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxWriter>();
        services.TryAddSingleton<IMailTransport>(sp =>
        {
            var email = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            if (email.UsesSmtp)
            {
                return new SmtpMailTransport(sp.GetRequiredService<IOptions<EmailOptions>>());
            }

            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new PickupFolderMailTransport(Path.GetFullPath(email.PickupFolder, root));
        });
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<OutboxBounces>();
        services.TryAddScoped<MailPreferences>();
        services.TryAddTransient<OutboxDeliveryJob>();
        services.AddOutboxAdmin();
        return services;
    }
}
