namespace HelpdeskDashboard.Platform.Startup;

/// <summary>
/// One step of the app's start-up (migrate, seed, bootstrap accounts, start the scheduler). Steps run one after the
/// other in the order <c>AddHelpdesk</c> lists them, before the server takes requests; a failing step stops start-up.
/// </summary>
public interface IStartupStep
{
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Called on shutdown, in reverse order.</summary>
    Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
