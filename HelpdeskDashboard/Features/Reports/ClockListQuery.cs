using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Reports;

// Contract fixed for the parallel work on issue 18; the body arrives with the queries.
public sealed class ClockListQuery
{
    /// <summary>The finished clocks behind a number (managers only).</summary>
    public Task<CommandResult<ClockPage>> GetAsync(ClockFilter filter, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
