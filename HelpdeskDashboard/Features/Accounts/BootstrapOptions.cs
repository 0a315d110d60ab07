namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// The "Bootstrap" section: the first manager of a fresh production database. Ignored once any manager exists;
/// remove the password from configuration after the first start.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string? ManagerEmail { get; set; }

    public string? ManagerPassword { get; set; }

    public string? ManagerName { get; set; }

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ManagerEmail) || !string.IsNullOrEmpty(ManagerPassword) || !string.IsNullOrWhiteSpace(ManagerName);

    public NewManager ToNewManager() => new(ManagerEmail?.Trim() ?? "", ManagerPassword ?? "", ManagerName?.Trim() ?? "");
}
