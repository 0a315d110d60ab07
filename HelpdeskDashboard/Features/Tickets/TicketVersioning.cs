using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>
/// Bumps <see cref="Ticket.Version"/> on every saved change, so a save based on a stale copy (two agents
/// editing the same ticket) fails with DbUpdateConcurrencyException instead of silently overwriting.
/// </summary>
internal static class TicketVersioning
{
    public static void IncrementModifiedTickets(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries<Ticket>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property(t => t.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
