using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Calendar;

internal sealed class CalendarVersionRecordConfiguration : IEntityTypeConfiguration<CalendarVersionRecord>
{
    public void Configure(EntityTypeBuilder<CalendarVersionRecord> builder)
    {
        builder.ToTable("CalendarVersions");
        builder.Property(v => v.Definition).IsRequired();
        builder.Property(v => v.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(v => v.BasedOnId).IsUnique();
    }
}
