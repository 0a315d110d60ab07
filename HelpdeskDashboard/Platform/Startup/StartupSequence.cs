namespace HelpdeskDashboard.Platform.Startup;

/// <summary>Runs the registered <see cref="IStartupStep"/>s in their order at start-up and stops them in reverse.</summary>
internal sealed class StartupSequence(IEnumerable<IStartupStep> steps) : IHostedService
{
    private readonly IReadOnlyList<IStartupStep> _steps = [.. steps];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var step in _steps)
        {
            await step.StartAsync(cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var step in _steps.Reverse())
        {
            await step.StopAsync(cancellationToken);
        }
    }
}

public static class StartupSequenceServiceCollectionExtensions
{
    /// <summary>Appends a step to the start-up sequence (and registers the sequence once).</summary>
    public static IServiceCollection AddStartupStep<TStep>(this IServiceCollection services)
        where TStep : class, IStartupStep
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(StartupSequence)))
        {
            services.AddHostedService<StartupSequence>();
        }

        services.AddSingleton<IStartupStep, TStep>();
        return services;
    }
}
