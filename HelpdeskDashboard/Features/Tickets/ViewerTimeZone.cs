using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>The zone in which the signed-in user reads times (due instants, messages, the SLA timeline).</summary>
public interface IViewerTimeZone
{
    Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// An agent (managers are agents too) reads times in the zone of their agent row; everybody else (customers, a
/// support account without an agent row) and an agent whose zone id is unknown to this machine read them in the
/// company's zone. Deadlines themselves are always computed in the company's zone; only the display moves.
/// </summary>
public sealed class ViewerTimeZone(
    ICurrentUser currentUser,
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    BusinessCalendar calendar,
    ILogger<ViewerTimeZone> logger) : IViewerTimeZone
{
    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        if ((await currentUser.GetAsync()).AgentId is not { } agentId)
        {
            return calendar.TimeZone;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zoneId = await db.Agents.Where(a => a.Id == agentId).Select(a => a.TimeZone).SingleOrDefaultAsync(cancellationToken);
        if (zoneId is null)
        {
            return calendar.TimeZone; // the agent row is gone; the account still reads times
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return zone;
        }

        // Validation refuses unknown ids on save; an id this machine's zone data lacks must not break the page.
        logger.LogWarning("Agent {AgentId} has time zone {TimeZone}, which is unknown here; showing the company's zone.", agentId, zoneId);
        return calendar.TimeZone;
    }
}
