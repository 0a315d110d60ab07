using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Platform.Files;

public static class FilesServiceCollectionExtensions
{
    /// <summary>The validated "Files" section and the <see cref="ContentStore"/> kept under its root.</summary>
    public static IServiceCollection AddContentStore(this IServiceCollection services)
    {
        services.AddValidatedOptions<FileStoreOptions, FileStoreOptionsValidator>(FileStoreOptions.SectionName);
        services.TryAddSingleton(sp => new ContentStore(Path.GetFullPath(
            sp.GetRequiredService<IOptions<FileStoreOptions>>().Value.Root, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        return services;
    }
}
