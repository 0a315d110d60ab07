using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Sla;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Portal.Profile;

internal sealed class ViewerTimeZone(
    ICurrentUser currentUser, IDbContextFactory<HelpdeskDbContext> dbFactory, BusinessCalendar calendar) : IViewerTimeZone
{
    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer))
        {
            return calendar.TimeZone;
        }

        var user = await currentUser.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.CustomerUsers.AsNoTracking()
            .Where(u => u.IdentityUserId == user.UserId && u.CustomerId == user.CustomerId)
            .Select(u => u.TimeZone)
            .FirstOrDefaultAsync(cancellationToken);

        // A zone this machine no longer knows must not break the page; the company's zone is the documented default.
        return id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : calendar.TimeZone;
    }
}
