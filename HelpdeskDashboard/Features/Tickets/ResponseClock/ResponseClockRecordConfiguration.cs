using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Tickets.ResponseClock;

internal sealed class ResponseClockRecordConfiguration : IEntityTypeConfiguration<ResponseClockRecord>
{
    public void Configure(EntityTypeBuilder<ResponseClockRecord> builder)
    {
        builder.ToTable("ResponseClocks");
        builder.Property(r => r.TierAtStart).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StopReason).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(r => r.TicketId).OnDelete(DeleteBehavior.Cascade);

        // Once per clock: a retried or re-recorded stop cannot add a second row.
        builder.HasIndex(r => new { r.TicketId, r.StartedUtcTicks }).IsUnique();

        // A period's report is one range scan of this index, every column it reads included.
        builder.HasIndex(r => new
        {
            r.StoppedUtcTicks,
            r.TierAtStart,
            r.AssigneeAgentId,
            r.CustomerId,
            r.IsFirstResponse,
            r.BusinessTicks,
            r.TargetTicks,
            r.IsBreached,
        }).HasDatabaseName("IX_ResponseClocks_Report");
        builder.HasIndex(r => new { r.CustomerId, r.StoppedUtcTicks });
        builder.HasIndex(r => new { r.StoppedMonth, r.TierAtStart, r.IsBreached, r.TargetTicks }).HasDatabaseName("IX_ResponseClocks_Trend");
    }
}
