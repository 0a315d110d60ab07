using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HelpdeskDashboard.Features.Audit;

/// <summary>Keeps the audit log trustworthy: entries may be added, never changed or removed.</summary>
internal static class AppendOnlyAuditGuard
{
    public static void ThrowIfAuditChanged(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    $"Audit entry {entry.Entity.Id} cannot be {(entry.State == EntityState.Deleted ? "deleted" : "changed")}: the audit log is append-only.");
            }
        }
    }
}
