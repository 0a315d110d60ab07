using HelpdeskDashboard.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Billing.Purchases;

internal sealed class HourPurchaseConfiguration : IEntityTypeConfiguration<HourPurchase>
{
    public void Configure(EntityTypeBuilder<HourPurchase> builder)
    {
        builder.Property(p => p.PurchasedBy).HasMaxLength(ContactLimits.EmailMaxLength);
        builder.HasOne(p => p.Customer).WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // A customer's month, and all customers' month for the statement export.
        builder.HasIndex(p => new { p.CustomerId, p.Year, p.Month });
        builder.HasIndex(p => new { p.Year, p.Month });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_HourPurchases_Month", "\"Month\" BETWEEN 1 AND 12");
            t.HasCheckConstraint("CK_HourPurchases_Minutes", "\"Minutes\" > 0");
        });
    }
}
