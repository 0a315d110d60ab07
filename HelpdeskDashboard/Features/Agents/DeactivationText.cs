using System.Globalization;

namespace HelpdeskDashboard.Features.Agents;

/// <summary>What the agents page says after a deactivation.</summary>
public static class DeactivationText
{
    /// <summary>"Jonas Weber is deactivated. 3 open tickets moved: 2 to Alex Agent, 1 to Demo Manager. 1 could not be moved: …"</summary>
    public static string Done(string agentName, DeactivationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = $"{agentName} is deactivated.";
        if (report.Moved.Count > 0)
        {
            var byAgent = report.Moved.GroupBy(m => m.To.DisplayName)
                .Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} to {g.Key}");
            text += $" {Tickets(report.Moved.Count)} moved: {string.Join(", ", byAgent)}.";
        }

        if (report.Skipped.Count > 0)
        {
            text += $" {Tickets(report.Skipped.Count)} could not be moved: {string.Join(" ", report.Skipped.Select(s => $"#{s.TicketId.ToString(CultureInfo.InvariantCulture)}: {s.Why}"))}";
        }

        return report.StillOpen.Count == 0
            ? text
            : $"{text} {Tickets(report.StillOpen.Count)} still with them: reassign below.";
    }

    private static string Tickets(int count) => count == 1 ? "1 open ticket" : $"{count.ToString(CultureInfo.InvariantCulture)} open tickets";
}
