namespace HelpdeskDashboard.Features.Sla;

/// <summary>Why the response clock stands still although the ticket is open.</summary>
public enum SlaPauseReason
{
    WaitingOnCustomer,
    OnHold,
}
