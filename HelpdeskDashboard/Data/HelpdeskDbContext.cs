using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Billing.Purchases;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Data;

/// <summary>
/// The helpdesk's database, sign-in accounts included (Identity's tables share the file so that an account and
/// its agent or customer user change together), and the data-protection keys that sign cookies and antiforgery tokens,
/// so every app instance on the database accepts what another made. Each entity's mapping lives next to it in its
/// feature folder. This type is the SQLite model and migrations; <see cref="PostgreSql.PostgreSqlHelpdeskDbContext"/>
/// derives from it for PostgreSQL's (EF keeps one migration set per context type).
/// </summary>
public class HelpdeskDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    public HelpdeskDbContext(DbContextOptions<HelpdeskDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's derived context, built from the same options.</summary>
    protected HelpdeskDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerUser> CustomerUsers => Set<CustomerUser>();

    public DbSet<Agent> Agents => Set<Agent>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();

    public DbSet<TicketStatusChange> TicketStatusChanges => Set<TicketStatusChange>();

    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<TierAssignment> TierAssignments => Set<TierAssignment>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<TierRecalculationRun> TierRecalculationRuns => Set<TierRecalculationRun>();
    public DbSet<HourPurchase> HourPurchases => Set<HourPurchase>();

    public DbSet<SavedBoardView> SavedBoardViews => Set<SavedBoardView>();

    public DbSet<TicketAttachment> TicketAttachments => Set<TicketAttachment>();

    public DbSet<OutboxAttachment> OutboxAttachments => Set<OutboxAttachment>();

    public DbSet<MailOptOut> MailOptOuts => Set<MailOptOut>();

    public DbSet<InboundMail> InboundMails => Set<InboundMail>();

    public DbSet<CalendarVersionRecord> CalendarVersions => Set<CalendarVersionRecord>();

    public DbSet<ResponseClockRecord> ResponseClocks => Set<ResponseClockRecord>();

    public DbSet<EscalationNotice> Escalations => Set<EscalationNotice>();

    public DbSet<EscalationMail> EscalationMails => Set<EscalationMail>();

    public DbSet<AgentWorkingHours> AgentWorkingHours => Set<AgentWorkingHours>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Features.Assignment.AgentNotificationRecord> AgentNotifications => Set<Features.Assignment.AgentNotificationRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HelpdeskDbContext).Assembly);
    }

    private void BeforeSave()
    {
        AppendOnlyAuditGuard.ThrowIfAuditChanged(ChangeTracker);
        TicketVersioning.IncrementModifiedTickets(ChangeTracker);
    }
}
