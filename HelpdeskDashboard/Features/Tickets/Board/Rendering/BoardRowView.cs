using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.AspNetCore.Components;

namespace HelpdeskDashboard.Features.Tickets.Board.Rendering;

/// <summary>
/// One board row, worked out once per load: the seven cells that only change with a reload as one escaped markup
/// string (one render-tree frame instead of about thirty, kept twice by the table's render trees), plus what the
/// live SLA cell needs. The loaded row's other strings are not kept.
/// </summary>
public sealed class BoardRowView
{
    // Escapes the HTML-significant characters (&lt; &gt; &amp; quotes) and leaves letters of any script readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private BoardRowView(BoardRow row, TimeZoneInfo zone)
    {
        TicketId = row.TicketId;
        Key = row.TicketId.ToString(CultureInfo.InvariantCulture);
        Sla = row.Sla;
        Cells = new MarkupString(CellsOf(row, zone));
    }

    public int TicketId { get; }

    /// <summary>The ticket id as text: the row's key and data-ticket attribute, rendered every tick without boxing the id.</summary>
    public string Key { get; }

    /// <summary>The reading as loaded; the row's countdown moves it forward.</summary>
    public SlaReading Sla { get; }

    /// <summary>Customer, tier, subject link, kind, status, assignee and due cells (escaped HTML).</summary>
    public MarkupString Cells { get; }

    /// <summary>
    /// The views of a loaded page in one zone. Boards in the same view share one read of the page
    /// (<see cref="SharedBoardPages"/>) and, through this, its views: one set of cell strings per page and zone instead of
    /// one per open board. Kept only while the page's rows are alive.
    /// </summary>
    public static BoardRowView[] For(IReadOnlyList<BoardRow> rows, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(zone);
        return Shared.GetValue(rows, _ => new ConcurrentDictionary<string, BoardRowView[]>(StringComparer.Ordinal))
            .GetOrAdd(zone.Id, static (_, page) => Build(page.Rows, page.Zone), (Rows: rows, Zone: zone));
    }

    /// <summary>
    /// The fresh views, each replaced by the board's previous view of its ticket when nothing the row shows has changed:
    /// the same cells, and a reading that the previous one moved forward to the fresh read's instant reproduces. An
    /// unchanged row keeps its reading instance, so its countdown does not render again: after a change to one ticket a
    /// board renders that row's countdown, not all fifty.
    /// </summary>
    public static BoardRowView[] KeepUnchanged(BoardRowView[]? previous, BoardRowView[] fresh, SlaEngine engine)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(engine);
        if (previous is null || previous.Length == 0 || ReferenceEquals(previous, fresh))
        {
            return fresh;
        }

        var before = new Dictionary<int, BoardRowView>(previous.Length);
        foreach (var view in previous)
        {
            before.TryAdd(view.TicketId, view);
        }

        BoardRowView[]? kept = null;
        for (var i = 0; i < fresh.Length; i++)
        {
            if (before.TryGetValue(fresh[i].TicketId, out var old) && !ReferenceEquals(old, fresh[i]) && old.StillShows(fresh[i], engine))
            {
                kept ??= (BoardRowView[])fresh.Clone();
                kept[i] = old;
            }
        }

        return kept ?? fresh;
    }

    private bool StillShows(BoardRowView fresh, SlaEngine engine) =>
        string.Equals(Cells.Value, fresh.Cells.Value, StringComparison.Ordinal)
        && engine.Advance(Sla, fresh.Sla.AsOf) with { AsOf = fresh.Sla.AsOf } == fresh.Sla;

    private static readonly ConditionalWeakTable<IReadOnlyList<BoardRow>, ConcurrentDictionary<string, BoardRowView[]>> Shared = new();

    private static BoardRowView[] Build(IReadOnlyList<BoardRow> rows, TimeZoneInfo zone)
    {
        var views = new BoardRowView[rows.Count];
        for (var i = 0; i < views.Length; i++)
        {
            views[i] = new BoardRowView(rows[i], zone);
        }

        return views;
    }

    private static string CellsOf(BoardRow row, TimeZoneInfo zone)
    {
        var tier = TicketText.Tier(row.Tier);
        var html = new StringBuilder(512)
            .Append("<td data-label=\"Customer\">").Append(Encoder.Encode(row.CustomerName)).Append("</td>")
            .Append("<td data-label=\"Tier\"><span class=\"").Append(TierClassOf(row.Tier)).Append("\" data-tier=\"").Append(Encoder.Encode(tier)).Append("\">")
            .Append(Encoder.Encode(tier)).Append("</span></td>")
            .Append(CultureInfo.InvariantCulture, $"<td class=\"board-table__subject\"><a href=\"tickets/{row.TicketId}\" data-testid=\"subject\">")
            .Append(Encoder.Encode(row.Subject)).Append("</a></td>")
            .Append("<td data-label=\"Kind\">").Append(Encoder.Encode(TicketText.Kind(row.Kind))).Append("</td>")
            .Append("<td data-label=\"Status\">").Append(Encoder.Encode(TicketText.Status(row.Status))).Append("</td>")
            .Append(row.AssigneeName is null ? "<td data-label=\"Assignee\" class=\"board-muted\">" : "<td data-label=\"Assignee\">")
            .Append(Encoder.Encode(TicketText.Assignee(row.AssigneeName))).Append("</td>");
        if (row.Sla.State == SlaState.Met)
        {
            // Answered in time: the old due instant would read as overdue.
            html.Append("<td data-label=\"Due\"><span class=\"board-due board-met\" data-testid=\"due\">met</span>");
            if (row.Sla.StoppedAt is { } answered)
            {
                html.Append("<span class=\"board-due__note board-muted\">answered ").Append(Encoder.Encode(SlaCountdownText.Instant(answered, zone))).Append("</span>");
            }

            html.Append("</td>");
        }
        else if (row.Sla.Due is { } due)
        {
            html.Append("<td data-label=\"Due\"><time class=\"board-due\" datetime=\"")
                .Append(due.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                .Append("\" data-testid=\"due\">").Append(Encoder.Encode(SlaCountdownText.Instant(due, zone))).Append("</time>");
            if (row.Sla.DueIsProjection)
            {
                html.Append("<span class=\"board-due__note board-muted\"> (if resumed now)</span>");
            }

            html.Append("</td>");
        }
        else
        {
            html.Append("<td data-label=\"Due\"><span class=\"board-muted\">none</span></td>");
        }

        return html.ToString();
    }

    private static string TierClassOf(Tier tier) => tier switch
    {
        Tiers.Tier.Platinum => "board-tier board-tier--platinum",
        Tiers.Tier.Gold => "board-tier board-tier--gold",
        _ => "board-tier",
    };
}
