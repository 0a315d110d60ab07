using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HelpdeskDashboard.LoadTest;

/// <summary>
/// What blazor.web.js reads from a prerendered page before it starts a circuit: the interactive server components'
/// start markers (<c>&lt;!--Blazor:{"type":"server",…,"descriptor":…}--&gt;</c>) and the persisted component state
/// (<c>&lt;!--Blazor-Server-Component-State:…--&gt;</c>).
/// </summary>
public sealed partial class PrerenderedPage
{
    private PrerenderedPage(IReadOnlyList<JsonObject> serverMarkers, string applicationState)
    {
        ServerMarkers = serverMarkers;
        ApplicationState = applicationState;
    }

    /// <summary>The server components' start markers in document order (their end markers carry no descriptor).</summary>
    public IReadOnlyList<JsonObject> ServerMarkers { get; }

    /// <summary>The protected persisted state, or "" when the page has none.</summary>
    public string ApplicationState { get; }

    public static PrerenderedPage Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var markers = new List<JsonObject>();
        var state = "";
        foreach (var comment in document.Descendants<IComment>())
        {
            var text = comment.Data.Trim();
            if (StateComment().Match(text) is { Success: true } match)
            {
                state = match.Groups["state"].Value;
            }
            else if (text.StartsWith("Blazor:", StringComparison.Ordinal)
                && JsonNode.Parse(text["Blazor:".Length..]) is JsonObject marker
                && marker["type"]?.GetValue<string>() == "server"
                && marker["descriptor"] is not null)
            {
                markers.Add(marker);
            }
        }

        return new PrerenderedPage(markers, state);
    }

    /// <summary>
    /// The first UpdateRootComponents batch, as WebRootComponentManager builds it: one "add" per server component,
    /// ssrComponentId counting from 1 in document order, the marker as parsed plus the client's uniqueId.
    /// </summary>
    public string AddOperations()
    {
        var operations = new JsonArray();
        for (var i = 0; i < ServerMarkers.Count; i++)
        {
            var marker = (JsonObject)ServerMarkers[i].DeepClone();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString(JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new();

    [GeneratedRegex("^Blazor-Server-Component-State:(?<state>[a-zA-Z0-9+/=]+)$")]
    private static partial Regex StateComment();
}
