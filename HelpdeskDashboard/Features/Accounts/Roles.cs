namespace HelpdeskDashboard.Features.Accounts;

/// <summary>The Identity roles. A manager holds both <see cref="Manager"/> and <see cref="Agent"/>.</summary>
public static class Roles
{
    public const string Agent = "Agent";

    public const string Manager = "Manager";

    public const string Customer = "Customer";

    public static IReadOnlyList<string> All { get; } = [Agent, Manager, Customer];
}
