using HelpdeskDashboard.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Escalations;

internal sealed class AgentWorkingHoursConfiguration : IEntityTypeConfiguration<AgentWorkingHours>
{
    public void Configure(EntityTypeBuilder<AgentWorkingHours> builder)
    {
        builder.ToTable("AgentWorkingHours");
        builder.HasKey(h => h.AgentId);
        builder.HasOne<Agent>().WithOne().HasForeignKey<AgentWorkingHours>(h => h.AgentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(h => h.HoursJson).IsRequired();
    }
}
