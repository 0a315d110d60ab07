using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// <c>HelpdeskDashboard --create-manager &lt;email&gt; &lt;password&gt; [name]</c>: migrates the database, creates a
/// manager account and exits without starting the web server. For a production database without a manager.
/// </summary>
public static class CreateManagerCommand
{
    public const string Switch = "--create-manager";

    public const string Usage = "Usage: HelpdeskDashboard --create-manager <email> <password> [name]";

    public const int Succeeded = 0;

    public const int Failed = 1;

    public const int InvalidArguments = 2;

    public static bool IsRequested(IReadOnlyList<string> args) =>
        args.Any(arg => string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(
        IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);

        if (Parse(args) is not { } manager)
        {
            await output.WriteLineAsync(Usage);
            return InvalidArguments;
        }

        var validation = new NewManagerValidator().Validate(manager);
        if (!validation.IsValid)
        {
            foreach (var error in validation.Errors)
            {
                await output.WriteLineAsync($"{Switch}: the {ArgumentName(error.PropertyName)} {error.ErrorMessage}.");
            }

            return InvalidArguments;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>().Database.MigrateAsync(cancellationToken);
        var provisioner = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
        await provisioner.EnsureRolesAsync();
        try
        {
            var timeZone = ManagerTimeZone.From(services.GetRequiredService<IConfiguration>());
            await provisioner.CreateManagerAsync(manager, timeZone, cancellationToken);
        }
        catch (AccountProvisioningException error)
        {
            await output.WriteLineAsync($"{Switch}: {error.Message}");
            return Failed;
        }

        await output.WriteLineAsync($"Created manager {manager.Email} ({manager.DisplayName}).");
        return Succeeded;
    }

    private static string ArgumentName(string property) => property switch
    {
        nameof(NewManager.Email) => "e-mail address",
        nameof(NewManager.Password) => "password",
        _ => "name",
    };

    /// <summary>The arguments after the switch; the name defaults to the address's local part.</summary>
    internal static NewManager? Parse(IReadOnlyList<string> args)
    {
        var index = args.ToList().FindIndex(arg => string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase));
        var values = args.Skip(index + 1).ToList();
        if (index < 0 || values.Count is < 2 or > 3)
        {
            return null;
        }

        var email = values[0].Trim();
        var name = values.Count == 3 ? values[2].Trim() : email.Split('@')[0];
        return new NewManager(email, values[1], name);
    }
}
