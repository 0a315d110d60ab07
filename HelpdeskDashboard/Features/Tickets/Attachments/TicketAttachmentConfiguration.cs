using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Tickets.Attachments;

internal sealed class TicketAttachmentConfiguration : IEntityTypeConfiguration<TicketAttachment>
{
    public void Configure(EntityTypeBuilder<TicketAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(AttachmentFileName.MaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne(a => a.Message).WithMany(m => m.Attachments).HasForeignKey(a => a.TicketMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.TicketMessageId);
    }
}
