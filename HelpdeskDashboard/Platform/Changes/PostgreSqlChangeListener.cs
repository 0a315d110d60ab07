using HelpdeskDashboard.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HelpdeskDashboard.Platform.Changes;

/// <summary>
/// On PostgreSQL, the one LISTEN connection of this app instance: it listens on every hub's channel and hands each
/// notification (this instance's own included) to that hub's local subscribers, in the order the server sends them
/// (commit order). When the connection fails it reconnects with a growing delay; once listening again it tells every
/// subscriber to re-read, since notifications sent in between are lost. Idle on SQLite.
/// </summary>
public sealed class PostgreSqlChangeListener(
    IEnumerable<IRelayedChangeHub> hubs,
    IOptions<DatabaseOptions> database,
    TimeProvider timeProvider,
    ILogger<PostgreSqlChangeListener> logger) : BackgroundService
{
    /// <summary>The listener's application_name in pg_stat_activity.</summary>
    public const string ApplicationName = "helpdesk-change-listener";

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = database.Value;
        if (options.Kind != DatabaseProvider.PostgreSQL)
        {
            return;
        }

        var byChannel = hubs.DistinctBy(h => h.Channel).ToDictionary(h => h.Channel, StringComparer.Ordinal);
        var delay = FirstRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(options.ConnectionString!, byChannel, () => delay = FirstRetryDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogWarning(error, "The live-update listener lost its connection; reconnecting in {Delay}.", delay);
            }

            try
            {
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetryDelay.Ticks));
        }
    }

    private async Task ListenAsync(
        string connectionString, Dictionary<string, IRelayedChangeHub> hubs, Action listening, CancellationToken stoppingToken)
    {
        // Its own connection, outside the pool (a pooled one is reset on return, dropping its LISTENs); the keepalive
        // makes WaitAsync notice a connection that died silently.
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = ApplicationName,
            KeepAlive = 30,
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        var heard = new List<NpgsqlNotificationEventArgs>();
        connection.Notification += (_, notification) => heard.Add(notification); // raised inside WaitAsync, on this flow
        await connection.OpenAsync(stoppingToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = string.Concat(hubs.Keys.Select(channel => $"LISTEN \"{channel}\";"));
            await command.ExecuteNonQueryAsync(stoppingToken);
        }

        listening();
        logger.LogInformation("Listening for live updates on {Channels}.", string.Join(", ", hubs.Keys));

        // Whatever was published while nobody listened (before the start, or while reconnecting) is lost: re-read.
        foreach (var hub in hubs.Values)
        {
            await hub.DeliverMissedAsync();
        }

        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            foreach (var notification in heard)
            {
                if (hubs.TryGetValue(notification.Channel, out var hub))
                {
                    await hub.DeliverAsync(notification.Payload);
                }
            }

            heard.Clear();
        }
    }
}
