using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.TierRecalculation;

internal sealed class TierRecalculationRunConfiguration : IEntityTypeConfiguration<TierRecalculationRun>
{
    public void Configure(EntityTypeBuilder<TierRecalculationRun> builder)
    {
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Ignore(r => r.QuarterLabel);

        // The manager page reads the latest runs.
        builder.HasIndex(r => r.StartedUtcTicks);
    }
}
