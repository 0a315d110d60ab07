using HelpdeskDashboard.Features.Portal.Profile;

namespace HelpdeskDashboard.Tests.Features.Portal.Support;

/// <summary>A viewer whose zone is known up front, for component tests without a database.</summary>
internal sealed class FixedViewerTimeZone(TimeZoneInfo zone) : IViewerTimeZone
{
    public Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(zone);
}
