using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Notifications.Preferences;

internal sealed class MailOptOutConfiguration : IEntityTypeConfiguration<MailOptOut>
{
    public void Configure(EntityTypeBuilder<MailOptOut> builder)
    {
        builder.Property(o => o.RecipientKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Category).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(o => new { o.RecipientKind, o.RecipientId, o.Category }).IsUnique();
    }
}
