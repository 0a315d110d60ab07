using HelpdeskDashboard.Hosting;
using HelpdeskDashboard.Hosting.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHelpdesk();

var app = builder.Build();

// A command (--create-manager, --seed-volume, --measure-tier-recalc, --copy-to-postgresql) does its work and exits without serving.
if (await HelpdeskCommands.RunAsync(app.Services, args, Console.Out) is { } exitCode)
{
    Environment.ExitCode = exitCode;
    return;
}

app.UseHelpdesk();
app.Run();

/// <summary>Entry point; public so the tests' WebApplicationFactory can start the app.</summary>
public partial class Program;
