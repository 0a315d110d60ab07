using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Reports;

// Contract fixed for the parallel work on issue 18; the body arrives with the queries.
public sealed class SlaReportQuery
{
    /// <summary>A period's report (managers only).</summary>
    public Task<CommandResult<SlaReport>> GetAsync(ReportPeriod period, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
