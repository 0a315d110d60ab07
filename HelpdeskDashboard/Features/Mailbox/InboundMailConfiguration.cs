using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Mailbox;

internal sealed class InboundMailConfiguration : IEntityTypeConfiguration<InboundMail>
{
    public void Configure(EntityTypeBuilder<InboundMail> builder)
    {
        builder.Property(m => m.MessageId).HasMaxLength(InboundLimits.MessageIdMaxLength);
        builder.Property(m => m.FromAddress).HasMaxLength(ContactLimits.EmailMaxLength).UseCollation("NOCASE");
        builder.Property(m => m.FromName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(TicketLimits.SubjectMaxLength);
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.Detail).HasMaxLength(1000);
        builder.Property(m => m.Text).HasMaxLength(TicketLimits.BodyMaxLength);
        builder.Property(m => m.RawSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(m => m.DecidedBy).HasMaxLength(ContactLimits.EmailMaxLength);

        // The same mail read twice (a restart, IMAP and a forwarded copy) is one row.
        builder.HasIndex(m => m.MessageId).IsUnique();
        // The flood rule counts a sender's mails in the last hour.
        builder.HasIndex(m => new { m.FromAddress, m.ReceivedUtcTicks });
        // The review list.
        builder.HasIndex(m => new { m.Outcome, m.ReceivedUtcTicks });
    }
}
