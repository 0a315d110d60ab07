using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>Everything the seeder inserts, with explicit ids so that two runs produce identical rows.</summary>
internal sealed class DemoDataSet
{
    public List<Customer> Customers { get; } = [];

    public List<CustomerUser> CustomerUsers { get; } = [];

    public List<Agent> Agents { get; } = [];

    public List<Order> Orders { get; } = [];

    public List<TierAssignment> TierAssignments { get; } = [];

    public List<AuditEntry> AuditEntries { get; } = [];

    /// <summary>With their messages and status changes attached.</summary>
    public List<Ticket> Tickets { get; } = [];

    public List<TimeEntry> TimeEntries { get; } = [];
}
