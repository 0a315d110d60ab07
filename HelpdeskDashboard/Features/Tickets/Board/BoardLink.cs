using System.Globalization;
using System.Text;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.AspNetCore.WebUtilities;

namespace HelpdeskDashboard.Features.Tickets.Board;

/// <summary>
/// A board view as its address: <c>board?scope=all&amp;tier=gold&amp;state=at-risk&amp;q=printer&amp;sort=customer&amp;dir=desc&amp;page=2</c>.
/// A reload or a shared link shows the same view. Parameters left out mean the board's defaults (the agent's own
/// tickets, any tier and state, most urgent first, first page), and the address leaves defaults out, so one view
/// has one address.
/// </summary>
public static class BoardLink
{
    public const string Path = "board";

    public const int SearchMaxLength = 200;

    /// <summary>The highest page a link may name: its first row ((page − 1) × page size) must fit in an int.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The board as it opens.</summary>
    public static BoardFilter Default { get; } = new(BoardScope.Mine);

    /// <summary>The view's address relative to the app's base, "board" for the defaults; <paramref name="page"/> counts from 1.</summary>
    public static string For(BoardFilter filter, int page = 1)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string>();
        Add(parts, "scope", filter.Scope, Default.Scope);
        if (filter.Tier is { } tier)
        {
            parts.Add("tier=" + Kebab(tier));
        }

        Add(parts, "state", filter.Sla, BoardSlaFilter.Any);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            parts.Add("q=" + Uri.EscapeDataString(filter.Search.Trim()));
        }

        Add(parts, "sort", filter.Sort, BoardSort.Due);
        if (filter.Descending)
        {
            parts.Add("dir=desc");
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? Path : Path + "?" + string.Join('&', parts);
    }

    /// <summary>
    /// Reads an address's query ("?a=b" or "a=b"). What cannot be read is left at its default and named in
    /// <c>Problems</c>, in words, so the board can say why it shows something other than the link asked for.
    /// </summary>
    public static (BoardFilter Filter, int Page, IReadOnlyList<string> Problems) Parse(string? query)
    {
        var problems = new List<string>();
        var filter = Default;
        var page = 1;
        foreach (var (name, values) in QueryHelpers.ParseQuery(query))
        {
            var value = values.ToString().Trim();
            if (value.Length == 0)
            {
                continue;
            }

            switch (name)
            {
                case "scope" when Enum<BoardScope>(value) is { } scope:
                    filter = filter with { Scope = scope };
                    break;
                case "tier" when Enum<Tier>(value) is { } tier:
                    filter = filter with { Tier = tier };
                    break;
                case "state" when Enum<BoardSlaFilter>(value) is { } state:
                    filter = filter with { Sla = state };
                    break;
                case "q" when value.Length <= SearchMaxLength:
                    filter = filter with { Search = value };
                    break;
                case "q":
                    problems.Add($"The search in the link is longer than {SearchMaxLength} characters and was left out.");
                    break;
                case "sort" when Enum<BoardSort>(value) is { } sort:
                    filter = filter with { Sort = sort };
                    break;
                case "dir" when value is "asc" or "desc":
                    filter = filter with { Descending = value == "desc" };
                    break;
                case "page" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage:
                    page = number;
                    break;
                case "scope" or "tier" or "state" or "sort" or "dir" or "page":
                    problems.Add($"The link's {name} “{Shorten(value)}” is not one the board knows; it was left out.");
                    break;
                default:
                    problems.Add($"The board has no setting “{Shorten(name)}”; it was left out.");
                    break;
            }
        }

        return (filter, page, problems);
    }

    private static void Add<TEnum>(List<string> parts, string name, TEnum value, TEnum fallback) where TEnum : struct, Enum
    {
        if (!EqualityComparer<TEnum>.Default.Equals(value, fallback))
        {
            parts.Add(name + "=" + Kebab(value));
        }
    }

    // "at-risk", "AtRisk" and "at_risk" all name AtRisk; numbers never do (Enum.TryParse would take "7").
    private static TEnum? Enum<TEnum>(string value) where TEnum : struct, Enum
    {
        var compact = value.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), compact, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>AtRisk → "at-risk".</summary>
    private static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
