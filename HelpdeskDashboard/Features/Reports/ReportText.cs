using System.Globalization;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Reports;

/// <summary>
/// How report numbers are written, on the page and in the CSV alike (so the export equals the page): shares to one
/// decimal, floored ("96.2 %", never a 100.0 % that was 99.96 %), business times as <see cref="DisplayFormat.Duration"/>
/// (floored to the minute), "–" for nothing measured.
/// </summary>
public static class ReportText
{
    public const string None = "–";

    /// <summary>A share in [0, 1]: "96.2 %", floored to a tenth of a percent; "–" when null.</summary>
    public static string Share(double? share)
    {
        if (share is not { } value)
        {
            return None;
        }

        // Floored per mille; the small epsilon keeps 0.962 (stored as 0.96199999…) at 96.2.
        var perMille = (long)Math.Floor((value * 1000) + 1e-9);
        return string.Create(CultureInfo.InvariantCulture, $"{perMille / 10}.{perMille % 10} %");
    }

    /// <summary>A business time: "5 h 12 min", "45 min"; "–" when null.</summary>
    public static string Time(TimeSpan? time) => time is { } t ? DisplayFormat.Duration(t) : None;

    /// <summary>A count: "1234" (invariant, no separators, so the CSV reads back as a number).</summary>
    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
