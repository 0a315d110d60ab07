using System.Globalization;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>How the workload and risk views write durations and instants (company time, invariant digits).</summary>
public static class WorkloadText
{
    /// <summary>Business time as h:mm, e.g. "27:05"; negative never happens here (breached tickets have none left).</summary>
    public static string Duration(TimeSpan span) =>
        $"{((long)Math.Floor(span.TotalHours)).ToString(CultureInfo.InvariantCulture)}:{span.Minutes.ToString("00", CultureInfo.InvariantCulture)}";

    public static string Instant(DateTimeOffset? companyTime) =>
        companyTime is { } t ? t.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "–";

    public static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + " h";
}
