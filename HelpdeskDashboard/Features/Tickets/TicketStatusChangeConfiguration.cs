using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Tickets;

internal sealed class TicketStatusChangeConfiguration : IEntityTypeConfiguration<TicketStatusChange>
{
    public void Configure(EntityTypeBuilder<TicketStatusChange> builder)
    {
        builder.Property(c => c.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ToStatus).HasConversion<string>().HasMaxLength(32);

        builder.HasOne(c => c.ByAgent)
            .WithMany()
            .HasForeignKey(c => c.ByAgentId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(c => new { c.TicketId, c.AtUtcTicks });
    }
}
