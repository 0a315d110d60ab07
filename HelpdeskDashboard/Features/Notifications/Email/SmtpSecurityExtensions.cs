using MailKit.Security;

namespace HelpdeskDashboard.Features.Notifications.Email;

public static class SmtpSecurityExtensions
{
    /// <summary>MailKit's option for a configured security mode; IMAP (mail in) uses the same names.</summary>
    public static SecureSocketOptions ToMailKit(this SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
