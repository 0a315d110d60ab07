using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>
/// Sends over SMTP with MailKit, one connection per message: outbox volume is small, and a fresh connection
/// means one broken message or server hiccup never poisons the rest of a batch.
/// </summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, smtp.Security.ToMailKit(), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
