using HelpdeskDashboard.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using HelpdeskDashboard.Platform.Validation;
using HelpdeskDashboard.Features.Agents;
namespace HelpdeskDashboard.Features.Accounts;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.Property(a => a.DisplayName).HasMaxLength(CustomerLimits.DisplayNameMaxLength);
        builder.Property(a => a.Email).HasMaxLength(CustomerLimits.EmailMaxLength).UseCollation("NOCASE");
        builder.HasIndex(a => a.Email).IsUnique();
        builder.Property(a => a.IdentityUserId).HasMaxLength(450);
        builder.HasIndex(a => a.IdentityUserId).IsUnique();
        builder.Property(a => a.TimeZone).HasMaxLength(CustomerLimits.TimeZoneMaxLength);
    }
}
