using System.Globalization;

namespace HelpdeskDashboard.Tests.Features.Sla.Support;

public static class Instants
{
    /// <summary>Parses "2026-06-09T10:00+02:00" or "2026-03-18T01:30Z"; keeps tables short and exact.</summary>
    public static DateTimeOffset At(string isoWithOffset) =>
        DateTimeOffset.Parse(isoWithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    public static TimeSpan Minutes(int minutes) => TimeSpan.FromMinutes(minutes);
}
