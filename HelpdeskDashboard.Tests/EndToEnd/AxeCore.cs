namespace HelpdeskDashboard.Tests.EndToEnd;

/// <summary>axe-core's script, from the npm package the test project's build installs (Accessibility/package.json).</summary>
public static class AxeCore
{
    private static readonly Lazy<string> Script = new(Load);

    public static string Source => Script.Value;

    private static string Load()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "HelpdeskDashboard.Tests", "Accessibility", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        // Fail, never skip: the build runs 'npm ci' there, so a missing file is a broken machine.
        throw new InvalidOperationException(
            "axe-core is not installed: run 'npm ci' in HelpdeskDashboard.Tests/Accessibility (the test project's build does it when npm is on the PATH).");
    }
}
