using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Tickets.Board.SavedViews;

internal sealed class SavedBoardViewConfiguration : IEntityTypeConfiguration<SavedBoardView>
{
    public void Configure(EntityTypeBuilder<SavedBoardView> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(SaveBoardViewValidator.NameMaxLength);
        builder.Property(v => v.Query).HasMaxLength(SaveBoardViewValidator.QueryMaxLength);
        builder.HasIndex(v => new { v.AgentId, v.Name }).IsUnique();
        builder.HasOne(v => v.Agent).WithMany().HasForeignKey(v => v.AgentId).OnDelete(DeleteBehavior.Cascade);
    }
}
