namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>The demo sign-ins (never in Production); the README's "Demo accounts" table lists them for people trying the app.</summary>
public static class DemoAccounts
{
    /// <summary>Configuration switch shared with the demo data seeder.</summary>
    public const string SeedSetting = "Demo:Seed";

    /// <summary>
    /// The one rule for demo seeding, data and accounts alike: on when "Demo:Seed" is true, and never in Production,
    /// where the published demo password would be a way in.
    /// </summary>
    public static bool SeedingEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool>(SeedSetting) && !environment.IsProduction();

    public const string Password = "Demo#2026";

    public const string AgentEmail = "agent@demo.local";

    public const string ManagerEmail = "manager@demo.local";

    /// <summary>A user of a Gold customer.</summary>
    public const string CustomerEmail = "customer@demo.local";

    /// <summary>A user of a Basic customer.</summary>
    public const string BasicCustomerEmail = "basic@demo.local";
}
