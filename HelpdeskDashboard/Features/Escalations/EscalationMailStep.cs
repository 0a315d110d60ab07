using HelpdeskDashboard.Data;

namespace HelpdeskDashboard.Features.Escalations;

// Contract fixed for the parallel work on issue 18; the body arrives with the digests.
public sealed class EscalationMailStep
{
    /// <summary>
    /// Sends the held escalation e-mails due at <paramref name="now"/> (inside the caller's transaction): per recipient
    /// one mail, or one digest for several; items whose clock stopped meanwhile are withdrawn.
    /// </summary>
    public Task RunAsync(HelpdeskDbContext db, DateTimeOffset now, CancellationToken cancellationToken) => throw new NotImplementedException();
}
