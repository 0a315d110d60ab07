using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Tiers;

internal sealed class TierAssignmentConfiguration : IEntityTypeConfiguration<TierAssignment>
{
    public void Configure(EntityTypeBuilder<TierAssignment> builder)
    {
        builder.Property(a => a.Tier).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.PreviousTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(a => a.QuarterLabel);

        // A quarter is decided once per customer; a rerun of the quarterly job must not add a second row.
        builder.HasIndex(a => new { a.CustomerId, a.Year, a.Quarter }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_TierAssignments_Quarter", "\"Quarter\" BETWEEN 1 AND 4"));
    }
}
