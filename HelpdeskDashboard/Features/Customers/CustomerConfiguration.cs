using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.CompanyName).HasMaxLength(ContactLimits.CompanyNameMaxLength);
        builder.Property(c => c.ContactEmail).HasMaxLength(ContactLimits.EmailMaxLength);
        builder.Property(c => c.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.DisplayTimeZone).HasMaxLength(ContactLimits.TimeZoneMaxLength);

        // Enums as text: the database stays readable and reordering an enum cannot silently change data.
        builder.Property(c => c.CurrentTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.SubscriptionTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.SubscriptionBilling).HasConversion<string>().HasMaxLength(16);

        builder.HasIndex(c => c.CompanyName);

        builder.HasMany(c => c.Users)
            .WithOne(u => u.Customer)
            .HasForeignKey(u => u.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        // Configured from this side so the tier history needs no reference back to customers.
        builder.HasMany<TierAssignment>().WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
