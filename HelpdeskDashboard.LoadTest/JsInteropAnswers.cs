using System.Collections.Concurrent;

namespace HelpdeskDashboard.LoadTest;

/// <summary>
/// What the load tool answers to the JS interop calls the board makes (MudBlazor's and the app's), as a browser would
/// as far as the server needs to carry on. Unknown identifiers get null (success) and are reported once each, so a new
/// call in the board shows up in the run's log.
/// </summary>
public sealed class JsInteropAnswers(Action<string> log)
{
    // Calls whose caller reads a value that must not be null.
    private static readonly Dictionary<string, object?> Known = new(StringComparer.Ordinal)
    {
        ["Blazor._internal.PageTitle.getAndRemoveExistingTitle"] = "",
    };

    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Every identifier called so far and how often.</summary>
    public IReadOnlyDictionary<string, int> Seen => _seen;

    public object? AnswerFor(string identifier)
    {
        if (_seen.AddOrUpdate(identifier, 1, (_, count) => count + 1) == 1 && !Known.ContainsKey(identifier))
        {
            log($"JS interop: '{identifier}' answered with null (success).");
        }

        return Known.GetValueOrDefault(identifier);
    }
}
