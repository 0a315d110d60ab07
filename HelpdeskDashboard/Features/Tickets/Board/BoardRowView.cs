using System.Globalization;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tiers;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// One board row's words, worked out once per load: every render of the table (and the render tree it keeps for
/// diffing) refers to these same strings instead of formatting new ones.
/// </summary>
public sealed class BoardRowView
{
    private BoardRowView(BoardRow row, TimeZoneInfo zone)
    {
        Row = row;
        Link = string.Create(CultureInfo.InvariantCulture, $"tickets/{row.TicketId}");
        Tier = TicketText.Tier(row.Tier);
        TierClass = TierClassOf(row.Tier);
        Kind = TicketText.Kind(row.Kind);
        Status = TicketText.Status(row.Status);
        Assignee = TicketText.Assignee(row.AssigneeName);
        if (row.Sla.Due is { } due)
        {
            Due = SlaCountdownText.Instant(due, zone);
            DueMachine = due.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
    }

    public BoardRow Row { get; }

    public string Link { get; }

    public string Tier { get; }

    public string TierClass { get; }

    public string Kind { get; }

    public string Status { get; }

    public string Assignee { get; }

    /// <summary>The due instant in the viewer's zone ("Mon 30 Nov 20:00"); null when the clock has none.</summary>
    public string? Due { get; }

    /// <summary>The same instant in UTC for the time element's datetime attribute.</summary>
    public string? DueMachine { get; }

    public static BoardRowView[] For(IReadOnlyList<BoardRow> rows, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(zone);
        var views = new BoardRowView[rows.Count];
        for (var i = 0; i < views.Length; i++)
        {
            views[i] = new BoardRowView(rows[i], zone);
        }

        return views;
    }

    private static string TierClassOf(Tier tier) => tier switch
    {
        Tiers.Tier.Platinum => "board-tier board-tier--platinum",
        Tiers.Tier.Gold => "board-tier board-tier--gold",
        _ => "board-tier",
    };
}
