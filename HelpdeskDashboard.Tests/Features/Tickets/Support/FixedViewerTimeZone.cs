using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Tests.Features.Tickets.Support;

/// <summary>The viewer's zone as the test sets it.</summary>
internal sealed class FixedViewerTimeZone(TimeZoneInfo zone) : IViewerTimeZone
{
    public TimeZoneInfo Zone { get; set; } = zone;

    public Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Zone);
}
