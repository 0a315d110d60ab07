using HelpdeskDashboard.Features.Customers;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>The fixed list of demo customers: hardware, firmware and industrial-automation companies.</summary>
internal static class DemoCompanies
{
    /// <summary>Index of the Gold customer whose user signs in as customer@demo.local.</summary>
    public const int GoldDemoCustomer = 1;

    /// <summary>Index of the Basic customer whose user signs in as basic@demo.local.</summary>
    public const int BasicDemoCustomer = 20;

    private static readonly DemoSubscription GoldYearlyLongStanding = new(SubscriptionPlan.Gold, SubscriptionBilling.Yearly, -6);

    public static IReadOnlyList<DemoCompany> All { get; } =
    [
        new("Brandt Antriebstechnik GmbH", "DE", "Europe/Berlin", "brandt-antriebe.example", "PPPPP"),
        new("Nordlicht Sensorik AG", "DE", "Europe/Berlin", "nordlicht-sensorik.example", "GGGGG") { HeavyUser = true },
        new("Kessler Steuerungsbau GmbH", "AT", "Europe/Vienna", "kessler-steuerungen.example", "GGPPP"),
        new("Alpenfeld Automation AG", "CH", "Europe/Zurich", "alpenfeld.example", "BBBBB") { Subscription = GoldYearlyLongStanding },
        new("Van Dijk Embedded B.V.", "NL", "Europe/Amsterdam", "vandijk-embedded.example", "PPPGG"),
        new("Lumière Robotique SAS", "FR", "Europe/Paris", "lumiere-robotique.example", "BBGGG"),
        new("Officine Moretti S.r.l.", "IT", "Europe/Rome", "officine-moretti.example", "GGGGB"),
        new("Fjord Fieldbus AB", "SE", "Europe/Stockholm", "fjord-fieldbus.example", "BBBBB"),
        new("Wisła Elektronika Sp. z o.o.", "PL", "Europe/Warsaw", "wisla-elektronika.example", "BGBBB"),
        new("Thames Valley Controls Ltd", "GB", "Europe/London", "thamesvalley-controls.example", "PPPPP") { HeavyUser = true },
        new("Great Lakes Motion Inc.", "US", "America/Chicago", "greatlakes-motion.example", "BBBBB")
        {
            Subscription = new(SubscriptionPlan.Platinum, SubscriptionBilling.Monthly, -2),
        },
        new("Cascade Firmware Labs LLC", "US", "America/Los_Angeles", "cascade-firmware.example", "GGGGG") { HeavyUser = true },
        new("Hudson Industrial Systems Inc.", "US", "America/New_York", "hudson-industrial.example", "BBBBB"),
        new("Maple Ridge Automation Ltd.", "CA", "America/Toronto", "mapleridge-automation.example", "BGGGG"),
        new("Sakura Precision Devices K.K.", "JP", "Asia/Tokyo", "sakura-precision.example", "PPPPP"),
        new("Hanbit Mechatronics Co., Ltd.", "KR", "Asia/Seoul", "hanbit-mechatronics.example", "BBBBB"),
        new("Lion City Embedded Pte. Ltd.", "SG", "Asia/Singapore", "lioncity-embedded.example", "GGGGG") { HeavyUser = true },
        new("Pune Drive Systems Pvt. Ltd.", "IN", "Asia/Kolkata", "pune-drives.example", "BBBBB"),
        new("Paulista Automação Ltda.", "BR", "America/Sao_Paulo", "paulista-automacao.example", "BBGBB"),
        new("Southern Cross Instruments Pty Ltd", "AU", "Australia/Sydney", "southerncross-instruments.example", "GGGGG")
        {
            Subscription = new(SubscriptionPlan.Gold, SubscriptionBilling.Monthly, -5),
        },
        new("Vltava Control Systems s.r.o.", "CZ", "Europe/Prague", "vltava-control.example", "BBBBB"),
        new("Suomen Sulautetut Oy", "FI", "Europe/Helsinki", "sulautetut.example", "PPGGG"),
        new("Øresund Motion ApS", "DK", "Europe/Copenhagen", "oresund-motion.example", "BBBBB"),
        new("Ibérica de Control S.L.", "ES", "Europe/Madrid", "iberica-control.example", "GGGGG"),
        new("Rheinwerk Prozessleittechnik GmbH", "DE", "Europe/Berlin", "rheinwerk-plt.example", "PPPPP") { HeavyUser = true },
        new("Hartmann Messtechnik GmbH", "DE", "Europe/Berlin", "hartmann-messtechnik.example", "BBBBB"),
        new("Elbe Feldbus Systeme GmbH", "DE", "Europe/Berlin", "elbe-feldbus.example", "GGGGG")
        {
            Subscription = new(SubscriptionPlan.Platinum, SubscriptionBilling.Yearly, -1),
        },
        new("Donau Robotics GmbH", "AT", "Europe/Vienna", "donau-robotics.example", "BBBBB")
        {
            Subscription = new(SubscriptionPlan.Gold, SubscriptionBilling.Monthly, -3, EndQuarterOffset: -1),
        },
        new("Bodensee Mikrosysteme GmbH", "DE", "Europe/Berlin", "bodensee-mikro.example", "BBBBB"),
        new("Limmat Sensor AG", "CH", "Europe/Zurich", "limmat-sensor.example", "GGGPP"),
        new("Zeeland Power Electronics B.V.", "NL", "Europe/Amsterdam", "zeeland-power.example", "BBBBB"),
        new("Loire Automatisme SARL", "FR", "Europe/Paris", "loire-automatisme.example", "GGBBB"),
        new("Torino Meccatronica S.p.A.", "IT", "Europe/Rome", "torino-meccatronica.example", "PPPPP"),
        new("Göta Industriautomation AB", "SE", "Europe/Stockholm", "gota-automation.example", "BBBBB"),
        new("Silesia Motion Control S.A.", "PL", "Europe/Warsaw", "silesia-motion.example", "BBBGG"),
        new("Clyde Embedded Solutions Ltd", "GB", "Europe/London", "clyde-embedded.example", "BBBBB"),
        new("Rocky Mountain Controls Corp.", "US", "America/Denver", "rockymountain-controls.example", "GGGGG")
        {
            Subscription = new(SubscriptionPlan.Gold, SubscriptionBilling.Yearly, -4),
        },
        new("Bavaria Antriebe KG", "DE", "Europe/Berlin", "bavaria-antriebe.example", "BBBBB"),
        new("Hamburg Hafenautomation GmbH", "DE", "Europe/Berlin", "hafenautomation.example", "PPPPP"),
        new("Shenzhen Bright Motion Technology Co., Ltd.", "CN", "Asia/Shanghai", "brightmotion.example", "BBBBB"),
    ];
}
