using HelpdeskDashboard.Features.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        // "Order" is an SQL keyword; a plural table name avoids quoting surprises in raw SQL.
        builder.ToTable("Orders");
        builder.Property(o => o.ExternalOrderId).HasMaxLength(BillingLimits.ExternalOrderIdMaxLength);
        builder.HasIndex(o => o.ExternalOrderId).IsUnique();

        builder.HasOne(o => o.Customer).WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // Quarterly turnover per customer; the amount in the key makes the sum an index-only scan, no heap read per order.
        builder.HasIndex(o => new { o.CustomerId, o.OrderedUtcTicks, o.AmountCents });
    }
}
