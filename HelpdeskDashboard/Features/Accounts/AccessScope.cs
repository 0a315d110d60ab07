using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Which customers' data a user may read: all of them (the support team), one (a customer user) or none.
/// Every query for tickets, time entries and customers starts from one of these methods.
/// </summary>
public abstract record AccessScope
{
    public static AccessScope Everything { get; } = new EverythingScope();

    public static AccessScope Nothing { get; } = new NothingScope();

    public static AccessScope OneCustomer(int customerId) => new CustomerScope(customerId);

    public abstract IQueryable<Ticket> Tickets(HelpdeskDbContext db);

    public abstract IQueryable<TimeEntry> TimeEntries(HelpdeskDbContext db);

    public abstract IQueryable<Customer> Customers(HelpdeskDbContext db);

    private sealed record EverythingScope : AccessScope
    {
        public override IQueryable<Ticket> Tickets(HelpdeskDbContext db) => db.Tickets;

        public override IQueryable<TimeEntry> TimeEntries(HelpdeskDbContext db) => db.TimeEntries;

        public override IQueryable<Customer> Customers(HelpdeskDbContext db) => db.Customers;
    }

    private sealed record NothingScope : AccessScope
    {
        public override IQueryable<Ticket> Tickets(HelpdeskDbContext db) => db.Tickets.Where(_ => false);

        public override IQueryable<TimeEntry> TimeEntries(HelpdeskDbContext db) => db.TimeEntries.Where(_ => false);

        public override IQueryable<Customer> Customers(HelpdeskDbContext db) => db.Customers.Where(_ => false);
    }

    private sealed record CustomerScope(int CustomerId) : AccessScope
    {
        public override IQueryable<Ticket> Tickets(HelpdeskDbContext db) => db.Tickets.Where(t => t.CustomerId == CustomerId);

        public override IQueryable<TimeEntry> TimeEntries(HelpdeskDbContext db) => db.TimeEntries.Where(e => e.CustomerId == CustomerId);

        public override IQueryable<Customer> Customers(HelpdeskDbContext db) => db.Customers.Where(c => c.Id == CustomerId);
    }
}
