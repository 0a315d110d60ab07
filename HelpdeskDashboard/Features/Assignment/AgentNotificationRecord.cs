using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>A stored bell notification (table AgentNotifications); read as an <see cref="AgentNotification"/>.</summary>
public sealed class AgentNotificationRecord
{
    public const int TextMaxLength = 500;

    public long Id { get; set; }

    public int AgentId { get; set; }

    /// <summary>The ticket the notification links to; a plain id, as the bell only links to it.</summary>
    public int TicketId { get; set; }

    public string Text { get; set; } = "";

    public long AtUtcTicks { get; set; }

    public bool IsRead { get; set; }
}

internal sealed class AgentNotificationRecordConfiguration : IEntityTypeConfiguration<AgentNotificationRecord>
{
    public void Configure(EntityTypeBuilder<AgentNotificationRecord> builder)
    {
        builder.ToTable("AgentNotifications");
        builder.Property(n => n.Text).HasMaxLength(AgentNotificationRecord.TextMaxLength);
        builder.HasIndex(n => new { n.AgentId, n.Id }); // an agent's newest first, and the trim beyond the newest 50
    }
}
