namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>The zone in which to show times to the signed-in user.</summary>
public interface IViewerTimeZone
{
    /// <summary>A customer user's own zone; the company's zone for everybody else (agents have no personal zone yet).</summary>
    Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default);
}
