using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace HelpdeskDashboard.Tests.Architecture;

/// <summary>
/// Reads the compiled app (IL: Razor components and method bodies count, unused usings do not). Layers, lowest first:
/// Platform (shared pieces), Features (no cycles between feature folders), Hosting and the app shell (Components),
/// which compose the features. A failure names one type dependency for every offending edge.
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string Features = "HelpdeskDashboard.Features.";

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> App =
        new(() => new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build());

    [Fact]
    public void Feature_folders_depend_on_each_other_without_cycles()
    {
        var edges = FeatureEdges();
        var cycles = StronglyConnected(edges).Where(component => component.Count > 1).ToList();

        Assert.True(cycles.Count == 0, string.Join("\n\n", cycles.Select(cycle => Describe(cycle, edges))));
    }

    [Theory]
    [InlineData("HelpdeskDashboard.Platform", "HelpdeskDashboard.Features")]
    [InlineData("HelpdeskDashboard.Platform", "HelpdeskDashboard.Hosting")]
    [InlineData("HelpdeskDashboard.Features", "HelpdeskDashboard.Hosting")]
    [InlineData("HelpdeskDashboard.Features", "HelpdeskDashboard.Components")]
    public void Lower_layers_never_reach_into_higher_ones(string lower, string higher)
    {
        var offending =
            from type in App.Value.Types
            where InNamespace(type, lower)
            from dependency in type.Dependencies
            where InNamespace(dependency.Target, higher)
            select $"{type.FullName} -> {dependency.Target.FullName}";

        var found = offending.Distinct().Order().ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static bool InNamespace(IType type, string ns) =>
        type.Namespace.FullName == ns || type.Namespace.FullName.StartsWith(ns + ".", StringComparison.Ordinal);

    private static Dictionary<string, Dictionary<string, string>> FeatureEdges()
    {
        var edges = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in App.Value.Types)
        {
            if (FeatureOf(type) is not { } from)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                if (FeatureOf(dependency.Target) is not { } to || to == from)
                {
                    continue;
                }

                var targets = edges.TryGetValue(from, out var known) ? known : edges[from] = [];
                targets.TryAdd(to, $"{type.FullName} -> {dependency.Target.FullName}");
            }
        }
        return edges;
    }

    private static string? FeatureOf(IType type)
    {
        var ns = type.Namespace.FullName;
        if (!ns.StartsWith(Features, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[Features.Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    private static string Describe(IReadOnlyCollection<string> cycle, Dictionary<string, Dictionary<string, string>> edges) =>
        $"Cycle between {string.Join(", ", cycle.Order())}:\n" + string.Join("\n",
            from a in cycle.Order()
            from b in cycle.Order()
            where edges.TryGetValue(a, out var t) && t.ContainsKey(b)
            select $"  {a} -> {b}: {edges[a][b]}");

    // Tarjan's algorithm: every set of features that reach each other.
    private static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        foreach (var node in edges.Keys.Order())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return result;

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in edges.TryGetValue(node, out var t) ? t.Keys.ToList() : [])
            {
                if (!index.ContainsKey(next)) { Visit(next); low[node] = Math.Min(low[node], low[next]); }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }
            if (low[node] != index[node])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do { member = stack.Pop(); component.Add(member); } while (member != node);
            result.Add(component);
        }
    }
}
