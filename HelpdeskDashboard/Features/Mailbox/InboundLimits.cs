namespace HelpdeskDashboard.Features.Mailbox;

public static class InboundLimits
{
    public const int MessageIdMaxLength = 300;
}
