using HelpdeskDashboard.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(ContactLimits.EmailMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.Property(m => m.ReplyTo).HasMaxLength(ContactLimits.EmailMaxLength);
        // Raw batch inserts (the quarterly tier mails) leave it out: a notification by default.
        builder.Property(m => m.IsAutomatic).HasDefaultValue(false).ValueGeneratedNever();
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);

        // SQLite allows many NULLs in a unique index, so only keyed messages are deduplicated.
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();

        // The sender's query: pending messages whose next attempt is due.
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtcTicks });

        // A received reply names the outbox row it answers; the review page lists a ticket's mails.
        builder.HasIndex(m => m.TicketId);
    }
}
