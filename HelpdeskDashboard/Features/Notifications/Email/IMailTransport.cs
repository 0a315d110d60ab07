using MimeKit;

namespace HelpdeskDashboard.Features.Notifications.Email;

/// <summary>Hands one message on (SMTP server or pickup folder). Throws when it was not accepted.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
