using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Assignment;

/// <summary>How the workload and risk views write durations and instants: the one display style (DisplayFormat), company time.</summary>
public static class WorkloadText
{
    /// <summary>Business time as hours and minutes, e.g. "27 h 5 min"; negative never happens here (breached tickets have none left).</summary>
    public static string Duration(TimeSpan span) => DisplayFormat.Duration(span);

    public static string Instant(DateTimeOffset? companyTime) => DisplayFormat.Converted(companyTime);

    /// <summary>Logged hours as hours and minutes ("15 h 33 min"), never "15.55 h" next to a clock time.</summary>
    public static string Hours(double hours) => DisplayFormat.Duration(TimeSpan.FromHours(hours));

    /// <summary>An SLA load: "26 points", "1 point"; a fractional threshold rounds up to the first load that reaches it.</summary>
    public static string Points(double load)
    {
        var points = (int)Math.Ceiling(load);
        return points == 1 ? "1 point" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{points} points");
    }
}
