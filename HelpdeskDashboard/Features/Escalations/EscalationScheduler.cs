namespace HelpdeskDashboard.Features.Escalations;

// Contract fixed for the parallel work on issue 18; the body arrives with the scheduler.
public sealed class EscalationScheduler
{
    /// <summary>Plans the next wake-up again now (a ticket or someone's working hours changed).</summary>
    public void Kick() => throw new NotImplementedException();
}
