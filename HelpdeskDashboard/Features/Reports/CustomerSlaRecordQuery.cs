using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Features.Reports;

// Contract fixed for the parallel work on issue 18; the body arrives with the queries.
public sealed class CustomerSlaRecordQuery
{
    /// <summary>The signed-in customer's own record over the last months.</summary>
    public Task<CommandResult<CustomerSlaRecord>> GetAsync(int months, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
