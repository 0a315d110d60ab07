using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Hosting.Demo;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>
/// <c>HelpdeskDashboard --seed-volume &lt;open tickets&gt; &lt;orders&gt; [&lt;finished clocks&gt;] [--agents &lt;n&gt;]</c>: migrates the
/// database, seeds the demo data if it is empty, adds the given volume of open tickets and orders (and, when asked, resolved
/// tickets holding that many finished response clocks over the last 12 months, for the SLA reports, and agent accounts
/// agent-1@volume.local … agent-n@volume.local with the password <see cref="VolumeDataGenerator.AgentPassword"/>, for the
/// circuit load tool, docs/capacity.md), and exits. For performance work, never Production.
/// </summary>
public static class SeedVolumeCommand
{
    public const string Switch = "--seed-volume";

    public const string AgentsSwitch = "--agents";

    public const string Usage = "Usage: HelpdeskDashboard --seed-volume <open tickets> <orders> [<finished clocks>] [--agents <n>]   (e.g. 10000 100000 1000000 --agents 1000)";

    public static bool IsRequested(IReadOnlyList<string> args) =>
        args.Any(arg => string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs the command and returns the process exit code: 0 done, 1 refused, 2 bad arguments.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);

        if (!TryParse(args, out var tickets, out var orders, out var clocks) || !TryParseAgents(args, out var agents))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        if (services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await output.WriteLineAsync($"{Switch} is refused in Production: it writes synthetic data.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var contextFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(db, cancellationToken);
        var generator = scope.ServiceProvider.GetRequiredService<VolumeDataGenerator>();
        var result = await generator.GenerateAsync(db, tickets, orders, cancellationToken);

        await output.WriteLineAsync($"Added {result.Tickets} open tickets ({result.Messages} messages) and {result.Orders} orders.");
        if (clocks > 0)
        {
            var finished = await generator.GenerateFinishedClocksAsync(db, clocks, cancellationToken);
            await output.WriteLineAsync($"Added {finished.Clocks} finished response clocks on {finished.Tickets} resolved tickets.");
        }

        if (agents > 0)
        {
            // After the tickets, so the generated tickets stay spread over the demo agents as before.
            var provisioner = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
            var added = await VolumeDataGenerator.GenerateAgentAccountsAsync(db, provisioner, agents, cancellationToken);
            await output.WriteLineAsync(
                $"Added {added} agent accounts ({VolumeDataGenerator.AgentEmail(1)} … {VolumeDataGenerator.AgentEmail(agents)}, password {VolumeDataGenerator.AgentPassword}).");
        }

        return 0;
    }

    private static bool TryParseAgents(IReadOnlyList<string> args, out int agents)
    {
        agents = 0;
        var at = args.ToList().FindIndex(arg => string.Equals(arg, AgentsSwitch, StringComparison.OrdinalIgnoreCase));
        return at < 0 || (at + 1 < args.Count
            && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out agents)
            && agents <= 10_000);
    }

    private static bool TryParse(IReadOnlyList<string> args, out int tickets, out int orders, out int clocks)
    {
        tickets = orders = clocks = 0;
        var at = args.ToList().FindIndex(arg => string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase));
        var hasClocks = at >= 0 && at + 3 < args.Count && !args[at + 3].StartsWith('-');
        return at >= 0 && at + 2 < args.Count
            && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out tickets)
            && int.TryParse(args[at + 2], NumberStyles.None, CultureInfo.InvariantCulture, out orders)
            && tickets <= 1_000_000 && orders <= 10_000_000
            && (!hasClocks || (int.TryParse(args[at + 3], NumberStyles.None, CultureInfo.InvariantCulture, out clocks) && clocks <= 10_000_000));
    }
}
