using HelpdeskDashboard.Data;
using HelpdeskDashboard.Platform.Changes;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>One in-app notification for an agent, e.g. "Ticket #12 was assigned to you by Morgan".</summary>
public sealed record AgentNotification(long Id, int TicketId, string Text, DateTimeOffset At, bool IsRead);

/// <summary>
/// In-app notifications per agent, kept in the database (table AgentNotifications) so every app instance shows the
/// same bell and a restart keeps it. Each agent keeps the newest <see cref="MaxPerAgent"/>: a notification only
/// matters while the agent works; the ticket itself and the audit log keep the lasting record. Who changed goes
/// through the <see cref="AgentNotificationHub"/>, so an open bell on any instance re-reads.
/// </summary>
public sealed class AgentNotificationCenter(
    IDbContextFactory<HelpdeskDbContext> contextFactory, AgentNotificationHub hub, TimeProvider timeProvider)
{
    public const int MaxPerAgent = 50;

    /// <summary>Stores the notification, drops the agent's older ones beyond <see cref="MaxPerAgent"/> and tells the bells.</summary>
    public async Task NotifyAsync(int agentId, int ticketId, string text, CancellationToken cancellationToken = default)
    {
        await using (var db = contextFactory.CreateDbContext())
        {
            db.AgentNotifications.Add(new AgentNotificationRecord
            {
                AgentId = agentId,
                TicketId = ticketId,
                Text = text.Length > AgentNotificationRecord.TextMaxLength ? text[..AgentNotificationRecord.TextMaxLength] : text,
                AtUtcTicks = timeProvider.GetUtcNow().UtcTicks,
            });
            await db.SaveChangesAsync(cancellationToken);
            await db.AgentNotifications
                .Where(n => n.AgentId == agentId)
                .OrderByDescending(n => n.Id)
                .Skip(MaxPerAgent)
                .ExecuteDeleteAsync(cancellationToken);
        }

        await hub.PublishAsync(agentId);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<AgentNotification>> ForAsync(int agentId, CancellationToken cancellationToken = default)
    {
        await using var db = contextFactory.CreateDbContext();
        var rows = await db.AgentNotifications.AsNoTracking()
            .Where(n => n.AgentId == agentId)
            .OrderByDescending(n => n.Id)
            .Take(MaxPerAgent)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(n => new AgentNotification(n.Id, n.TicketId, n.Text, new DateTimeOffset(n.AtUtcTicks, TimeSpan.Zero), n.IsRead))];
    }

    public async Task MarkAllReadAsync(int agentId, CancellationToken cancellationToken = default)
    {
        int marked;
        await using (var db = contextFactory.CreateDbContext())
        {
            marked = await db.AgentNotifications
                .Where(n => n.AgentId == agentId && !n.IsRead)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.IsRead, true), cancellationToken);
        }

        if (marked > 0)
        {
            await hub.PublishAsync(agentId);
        }
    }

    /// <summary>
    /// Calls <paramref name="agentChanged"/> with the agent's id whenever an agent's notifications change, on any
    /// instance; with <see cref="AgentNotificationHub.EveryAgent"/> when changes may have been missed.
    /// </summary>
    public IDisposable Subscribe(Func<int, Task> agentChanged) => hub.Subscribe(agentChanged);
}

/// <summary>The id of an agent whose notifications changed (channel "helpdesk_agent_notifications" on PostgreSQL).</summary>
public sealed class AgentNotificationHub(ILogger<AgentNotificationHub> logger, ChangeRelay? relay = null)
    : ChangeHub<int>(logger, relay, "helpdesk_agent_notifications", EveryAgent)
{
    /// <summary>Not an agent: any agent's notifications may have changed.</summary>
    public const int EveryAgent = 0;
}
