using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Features.Billing;

/// <summary>Time entries through the access gate (<see cref="ScopedQueries"/>): a customer reads only their own.</summary>
public static class TimeEntryScope
{
    public static IQueryable<TimeEntry> TimeEntries(this AccessScope scope, HelpdeskDbContext db)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        return scope.Apply(db.TimeEntries, e => e.CustomerId);
    }

    public static async Task<IQueryable<TimeEntry>> TimeEntriesAsync(this ScopedQueries queries, HelpdeskDbContext db)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return (await queries.GetScopeAsync()).TimeEntries(db);
    }
}
