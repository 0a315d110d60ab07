using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Reports;

// Contract fixed for the parallel work on issue 18; the body arrives with the queries.
public sealed class SlaTrendQuery
{
    /// <summary>The last months' trend, current month last (managers only).</summary>
    public Task<CommandResult<SlaTrend>> GetAsync(int months, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
