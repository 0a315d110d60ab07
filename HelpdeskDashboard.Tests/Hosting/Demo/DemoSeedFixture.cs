using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Platform.Time;
using HelpdeskDashboard.Tests.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Hosting.Demo;

/// <summary>Helpers to seed a fresh database at a chosen instant.</summary>
internal static class DemoSeed
{
    /// <summary>A Wednesday afternoon in Berlin, mid-quarter.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 5, 13, 14, 30, 0, TimeSpan.FromHours(2));

    public static BusinessCalendar Calendar { get; } = new(new BusinessCalendarOptions());

    /// <summary>The "TierRecalculation" section of the app's appsettings.json: the thresholds the demo must follow.</summary>
    public static TierRecalculationOptions ConfiguredTierOptions { get; } = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: false)
        .Build()
        .GetSection(TierRecalculationOptions.SectionName)
        .Get<TierRecalculationOptions>()!;

    public static async Task<TestDatabase> SeededAtAsync(DateTimeOffset now)
    {
        var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        await Seeder(now).SeedAsync(db, TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>A seeder whose time provider stands at <paramref name="now"/>, with the default calendar and its company clock.</summary>
    public static DemoDataSeeder Seeder(DateTimeOffset now) => Seeder(now, ConfiguredTierOptions);

    public static DemoDataSeeder Seeder(DateTimeOffset now, TierRecalculationOptions tierOptions)
    {
        var time = new FakeTimeProvider(now);
        return new DemoDataSeeder(Calendar, new CompanyClock(Calendar.TimeZone, time), time, Options.Create(tierOptions));
    }
}
