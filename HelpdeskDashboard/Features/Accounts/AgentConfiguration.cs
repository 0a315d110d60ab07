using HelpdeskDashboard.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Accounts;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.Property(a => a.DisplayName).HasMaxLength(ContactLimits.DisplayNameMaxLength);
        builder.Property(a => a.Email).HasMaxLength(ContactLimits.EmailMaxLength).UseCollation("NOCASE");
        builder.HasIndex(a => a.Email).IsUnique();
        builder.Property(a => a.IdentityUserId).HasMaxLength(450);
        builder.HasIndex(a => a.IdentityUserId).IsUnique();
        builder.Property(a => a.TimeZone).HasMaxLength(ContactLimits.TimeZoneMaxLength);
    }
}
