using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Platform.Changes;

/// <summary>
/// Sends a hub's change to every app instance on PostgreSQL: <c>pg_notify(channel, payload)</c> on a pooled connection,
/// after the change's own commit. On SQLite it is idle (<see cref="CrossInstance"/> false) and hubs deliver in-process.
/// </summary>
public sealed class ChangeRelay(
    IOptions<DatabaseOptions> database, IDbContextFactory<HelpdeskDbContext> contextFactory, ILogger<ChangeRelay> logger)
{
    private readonly Lazy<bool> _crossInstance = new(() => database.Value.Kind == DatabaseProvider.PostgreSQL);

    /// <summary>True on PostgreSQL: changes travel through NOTIFY and come back through the listener.</summary>
    public bool CrossInstance => _crossInstance.Value;

    /// <summary>
    /// Never throws: the change is committed, and a lost notification is made good by the listener, which tells every
    /// subscriber to re-read when it reconnects.
    /// </summary>
    internal async Task NotifyAsync(string channel, string payload)
    {
        try
        {
            await using var db = contextFactory.CreateDbContext();
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({channel}, {payload})");
        }
        catch (Exception error)
        {
            logger.LogError(error, "Could not notify the other instances on channel {Channel} of {Payload}.", channel, payload);
        }
    }
}
