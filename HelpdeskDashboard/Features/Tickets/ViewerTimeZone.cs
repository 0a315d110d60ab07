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
/// An agent (managers are agents too) reads times in the zone of their agent row, a customer user in the zone of
/// their customer user row; everybody else (a visitor, a support account without an agent row) and anyone whose zone
/// id is unknown to this machine reads them in the company's zone. Deadlines themselves are always computed in the
/// company's zone; only the display moves.
/// </summary>
public sealed class ViewerTimeZone(
    ICurrentUser currentUser,
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    BusinessCalendar calendar,
    ILogger<ViewerTimeZone> logger) : IViewerTimeZone
{
    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync();
        if (user.AgentId is null && user.CustomerId is null)
        {
            return calendar.TimeZone;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var zoneId = user.AgentId is { } agentId
            ? await db.Agents.Where(a => a.Id == agentId).Select(a => a.TimeZone).SingleOrDefaultAsync(cancellationToken)
            : await db.CustomerUsers.AsNoTracking()
                .Where(u => u.IdentityUserId == user.UserId && u.CustomerId == user.CustomerId)
                .Select(u => u.TimeZone)
                .FirstOrDefaultAsync(cancellationToken);
        if (zoneId is null)
        {
            return calendar.TimeZone; // the agent or customer user row is gone; the account still reads times
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return zone;
        }

        // Validation refuses unknown ids on save; an id this machine's zone data lacks must not break the page.
        logger.LogWarning("User {UserId} has time zone {TimeZone}, which is unknown here; showing the company's zone.", user.UserId, zoneId);
        return calendar.TimeZone;
    }
}
