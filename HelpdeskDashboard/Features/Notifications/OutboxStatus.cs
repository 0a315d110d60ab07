namespace HelpdeskDashboard.Features.Notifications;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
