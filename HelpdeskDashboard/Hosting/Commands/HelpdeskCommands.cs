using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>The app's command-line commands: each does its work and exits without starting the server.</summary>
public static class HelpdeskCommands
{
    /// <summary>Runs the command <paramref name="args"/> asks for; null when they ask for none (then the server starts).</summary>
    public static async Task<int?> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output)
    {
        // --create-manager <email> <password> [name]: migrates the database and creates a manager.
        if (CreateManagerCommand.IsRequested(args))
        {
            return await CreateManagerCommand.RunAsync(services, args, output);
        }

        // --seed-volume <tickets> <orders>: adds synthetic open tickets and orders for performance work.
        if (SeedVolumeCommand.IsRequested(args))
        {
            return await SeedVolumeCommand.RunAsync(services, args, output);
        }

        // --measure-tier-recalc: times a recalculation on a generated database.
        if (MeasureTierRecalculationCommand.IsRequested(args))
        {
            return await MeasureTierRecalculationCommand.RunAsync(services, args, output);
        }

        // --copy-to-postgresql "<connection string>": copies the SQLite database into an empty PostgreSQL one.
        if (CopyToPostgreSqlCommand.IsRequested(args))
        {
            return await CopyToPostgreSqlCommand.RunAsync(services, args, output);
        }

        return null;
    }
}
