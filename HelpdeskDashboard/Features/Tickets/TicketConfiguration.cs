using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Tickets;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.Property(t => t.Subject).HasMaxLength(TicketLimits.SubjectMaxLength);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Version).IsConcurrencyToken();

        builder.HasOne(t => t.Customer)
            .WithMany()
            .HasForeignKey(t => t.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasOne(t => t.Assignee)
            .WithMany()
            .HasForeignKey(t => t.AssigneeAgentId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(t => t.Messages)
            .WithOne(m => m.Ticket)
            .HasForeignKey(m => m.TicketId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(t => t.StatusChanges)
            .WithOne(c => c.Ticket)
            .HasForeignKey(c => c.TicketId)
            .OnDelete(DeleteBehavior.Cascade);

        // Hot queries: the open queue by due instant, an agent's queue, a customer's ticket list.
        builder.HasIndex(t => new { t.Status, t.ResponseDueUtcTicks });
        builder.HasIndex(t => new { t.AssigneeAgentId, t.Status });
        builder.HasIndex(t => new { t.CustomerId, t.CreatedUtcTicks });

        // The escalation scheduler's next instants: the earliest at-risk and due instant among live clocks.
        builder.HasIndex(t => t.ResponseAtRiskFromUtcTicks).HasFilter("\"AwaitingResponse\" = 1").HasDatabaseName("IX_Tickets_LiveAtRiskFrom");
        builder.HasIndex(t => t.ResponseDueUtcTicks).HasFilter("\"AwaitingResponse\" = 1").HasDatabaseName("IX_Tickets_LiveDue");
    }
}
