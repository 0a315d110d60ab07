using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Tests.Data;
using Microsoft.Extensions.Time.Testing;

using HelpdeskDashboard.Hosting.Demo;
using HelpdeskDashboard.Hosting.Commands;
namespace HelpdeskDashboard.Tests.Hosting.Demo;

/// <summary>Helpers to seed a fresh database at a chosen instant.</summary>
internal static class DemoSeed
{
    /// <summary>A Wednesday afternoon in Berlin, mid-quarter.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 5, 13, 14, 30, 0, TimeSpan.FromHours(2));

    public static BusinessCalendar Calendar { get; } = new(new BusinessCalendarOptions());

    public static async Task<SqliteTestDatabase> SeededAtAsync(DateTimeOffset now)
    {
        var database = SqliteTestDatabase.Create();
        await using var db = database.CreateDbContext();
        await new DemoDataSeeder(Calendar, new FakeTimeProvider(now)).SeedAsync(db, TestContext.Current.CancellationToken);
        return database;
    }
}
