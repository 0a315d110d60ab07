namespace HelpdeskDashboard.Platform.Changes;

/// <summary>What the <see cref="PostgreSqlChangeListener"/> needs of a hub: its channel and local delivery.</summary>
public interface IRelayedChangeHub
{
    /// <summary>The PostgreSQL channel the hub's changes travel on.</summary>
    string Channel { get; }

    /// <summary>Hands a NOTIFY payload (the change as JSON) to this instance's subscribers.</summary>
    Task DeliverAsync(string payload);

    /// <summary>Tells this instance's subscribers that changes may have been missed: re-read everything.</summary>
    Task DeliverMissedAsync();
}
