using HelpdeskDashboard.Data;

namespace HelpdeskDashboard.Features.Escalations.WorkingHours;

// Contract fixed for the parallel work on issue 18; the body arrives with the working hours.
public sealed class PersonalHours
{
    /// <summary>
    /// When an e-mail for <paramref name="agentId"/> may go out: <paramref name="at"/> itself inside their working hours
    /// (own zone; the company's opening hours when they set none), else the start of their next working hours.
    /// </summary>
    public Task<DateTimeOffset> SendAfterAsync(HelpdeskDbContext db, int agentId, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
