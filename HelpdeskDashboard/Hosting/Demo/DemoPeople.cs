namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>Names for demo people and the fixed demo sign-in addresses.</summary>
internal static class DemoPeople
{
    public const string AgentEmail = "agent@demo.local";
    public const string ManagerEmail = "manager@demo.local";
    public const string GoldCustomerEmail = "customer@demo.local";
    public const string BasicCustomerEmail = "basic@demo.local";

    /// <summary>The Gold demo customer user's own zone, different from the company's so the portal shows the difference.</summary>
    public const string TravellingCustomerTimeZone = "America/New_York";

    /// <summary>Display name, e-mail, manager, active, time zone. The first two are the demo sign-ins.</summary>
    public static IReadOnlyList<(string Name, string Email, bool IsManager, bool IsActive, string TimeZone)> Agents { get; } =
    [
        ("Alex Agent", AgentEmail, false, true, "Europe/Berlin"),
        ("Morgan Manager", ManagerEmail, true, true, "Europe/Berlin"),
        ("Sabine Krüger", "sabine.krueger@demo.local", true, true, "Europe/Berlin"),
        ("Jonas Weber", "jonas.weber@demo.local", false, true, "Europe/Berlin"),
        ("Priya Nair", "priya.nair@demo.local", false, true, "Europe/Berlin"),
        ("Lukas Brenner", "lukas.brenner@demo.local", false, true, "Europe/Vienna"),
        ("Inês Carvalho", "ines.carvalho@demo.local", false, true, "Europe/Lisbon"),
        ("Mateusz Zieliński", "mateusz.zielinski@demo.local", false, true, "Europe/Warsaw"),
        ("Emma Lindqvist", "emma.lindqvist@demo.local", false, true, "Europe/Stockholm"),
        ("Tobias Richter", "tobias.richter@demo.local", false, false, "Europe/Berlin"),
    ];

    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hannes", "Ida", "Jan", "Katrin", "Leon",
        "Marta", "Niko", "Olivia", "Paul", "Rosa", "Stefan", "Tara", "Uwe", "Vera", "Wim", "Yuki", "Zofia",
        "Arjun", "Bianca", "Chen", "Diego", "Emily", "Farid", "Hiro", "Jessica", "Kenji", "Lucas", "Mei", "Noah",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Bauer", "Schulz", "Hofmann", "Jansen", "Rossi", "Dubois", "Novak", "Larsen", "Kowalski", "Fischer",
        "Meyer", "Berg", "Moreau", "Conti", "Svensson", "Tanaka", "Kim", "Patel", "Silva", "Walker", "Nguyen",
        "Oliveira", "Schneider", "Wagner", "Becker", "Koch", "Richter", "Klein", "Wolf", "Neumann",
    ];

    public static string EmailLocalPart(string firstName, string lastName) =>
        $"{Ascii(firstName)}.{Ascii(lastName)}";

    private static string Ascii(string name) =>
        name.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
}
