using HelpdeskDashboard.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Escalations;

internal sealed class EscalationMailConfiguration : IEntityTypeConfiguration<EscalationMail>
{
    public void Configure(EntityTypeBuilder<EscalationMail> builder)
    {
        builder.ToTable("EscalationMails");
        builder.HasOne(m => m.Escalation).WithMany().HasForeignKey(m => m.EscalationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agent>().WithMany().HasForeignKey(m => m.RecipientAgentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.Status, m.SendAfterUtcTicks });
    }
}
