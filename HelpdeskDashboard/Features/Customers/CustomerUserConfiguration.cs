using HelpdeskDashboard.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Customers;

internal sealed class CustomerUserConfiguration : IEntityTypeConfiguration<CustomerUser>
{
    public void Configure(EntityTypeBuilder<CustomerUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ContactLimits.DisplayNameMaxLength);

        // NOCASE: people type their address in any case; one address must map to one person.
        builder.Property(u => u.Email).HasMaxLength(ContactLimits.EmailMaxLength).UseCollation("NOCASE");
        builder.HasIndex(u => u.Email).IsUnique();

        builder.Property(u => u.TimeZone).HasMaxLength(ContactLimits.TimeZoneMaxLength);

        builder.Property(u => u.IdentityUserId).HasMaxLength(450);
        builder.HasIndex(u => u.IdentityUserId).IsUnique();
    }
}
