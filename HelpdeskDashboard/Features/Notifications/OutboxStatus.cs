namespace HelpdeskDashboard.Features.Notifications;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,

    /// <summary>Claimed by a dispatcher until <see cref="OutboxMessage.NextAttemptUtcTicks"/> (its lease); then claimable again.</summary>
    Sending,
}
