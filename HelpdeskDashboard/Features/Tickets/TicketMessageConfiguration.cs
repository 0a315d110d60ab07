using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Tickets;

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.Property(m => m.AuthorKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Body).HasMaxLength(TicketLimits.BodyMaxLength);
        // Raw bulk inserts (the volume generator) leave it out.
        builder.Property(m => m.ViaEmail).HasDefaultValue(false).ValueGeneratedNever();

        builder.HasOne(m => m.AuthorCustomerUser)
            .WithMany()
            .HasForeignKey(m => m.AuthorCustomerUserId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasOne(m => m.AuthorAgent)
            .WithMany()
            .HasForeignKey(m => m.AuthorAgentId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(m => new { m.TicketId, m.CreatedUtcTicks });
    }
}
