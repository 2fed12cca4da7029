using System.Reflection;
using LiqunCompliance.Web.Data;

namespace LiqunCompliance.Tests.Architecture;

/// <summary>
/// The borders between features (issue 17): no cycle between features, no feature using Admin for its own settings,
/// identity setup not knowing the intake API, and no bulk update or delete of an audited entity (it would bypass the chain).
/// </summary>
public sealed class FeatureBorderTests
{
    private const string FeaturesNamespace = "LiqunCompliance.Web.Features.";

    private static readonly Assembly Web = typeof(ComplianceDbContext).Assembly;

    /// <summary>Bulk writes allowed, each with its reason: these rows are bookkeeping, not a record of the office's work.</summary>
    private static readonly Dictionary<Type, string> BulkWritesAllowed = new()
    {
        [typeof(JobLease)] = "background-job leases (not audited)",
        [typeof(ApiClient)] = "an API client's LastUsedAt, touched on every call (usage bookkeeping; the client's settings are changed only through audited saves)",
    };

    /// <summary>One writer allowed to bulk-write one audited entity, with its reason.</summary>
    private static readonly Dictionary<(string Writer, Type Entity), string> BulkWritersAllowed = new()
    {
        [("LiqunCompliance.Web.Features.Requests.RequesterLookupBackfill", typeof(LiqunCompliance.Domain.Requests.PrivacyRequest))] =
            "the back-fill writes only the keyed lookups of details already recorded (no change to the request, its version stays)",
    };

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(BuildGraph);

    [Fact]
    public void Features_HaveNoCycle()
    {
        var cycle = FindCycle(Graph.Value);

        cycle.ShouldBeNull($"feature cycle: {string.Join(" → ", cycle ?? [])}; graph: {Describe(Graph.Value)}");
    }

    [Fact]
    public void NoFeature_DependsOnAdmin()
    {
        var users = Graph.Value.Where(f => f.Key != "Admin" && f.Value.Contains("Admin")).Select(f => f.Key).ToList();

        users.ShouldBeEmpty($"graph: {Describe(Graph.Value)}");
    }

    [Fact]
    public void IdentitySetup_DoesNotKnowTheIntakeApi()
    {
        var identity = Web.GetType("LiqunCompliance.Web.Infrastructure.IdentityServiceExtensions", throwOnError: true)!;

        TypeReferences.Of(identity).Where(t => t.Namespace?.StartsWith(FeaturesNamespace + "Requests", StringComparison.Ordinal) == true).ShouldBeEmpty();
    }

    [Fact]
    public void NoBulkUpdateOrDelete_OfAnAuditedEntity()
    {
        var offending = Web.GetTypes()
            .SelectMany(type => TypeReferences.CallsIn(type).Select(call => (type, call)))
            .Where(x => x.call is MethodInfo { IsGenericMethod: true } m && m.Name.StartsWith("Execute", StringComparison.Ordinal)
                        && (m.Name.Contains("Update", StringComparison.Ordinal) || m.Name.Contains("Delete", StringComparison.Ordinal))
                        && m.DeclaringType?.Namespace?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true)
            .Select(x => (x.type, entity: ((MethodInfo)x.call).GetGenericArguments()[0]))
            .Where(x => !BulkWritesAllowed.ContainsKey(x.entity) && !BulkWritersAllowed.ContainsKey((OuterName(x.type), x.entity)))
            .Select(x => $"{x.type.FullName} bulk-writes {x.entity.Name}")
            .Distinct()
            .ToList();

        offending.ShouldBeEmpty();
    }

    [Fact]
    public void TheBorderCheck_SeesAReferenceInAMethodBody()
    {
        // Guards the test itself: Register's entry page reaches incidents only through IRegisterEntryLinks, while
        // Incidents' facts form injects Register's services: the edge Incidents → Register must be found.
        Graph.Value["Incidents"].ShouldContain("Register");
        Graph.Value.ShouldContainKey("Register");
        Graph.Value["Register"].ShouldNotContain("Incidents");
    }

    /// <summary>The declaring type of a compiler-generated state machine or closure, by full name.</summary>
    private static string OuterName(Type type)
    {
        while (type.DeclaringType is { } outer && type.Name.Contains('<', StringComparison.Ordinal))
        {
            type = outer;
        }

        return type.FullName ?? type.Name;
    }

    private static Dictionary<string, HashSet<string>> BuildGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in Web.GetTypes())
        {
            if (FeatureOf(type) is not { } feature)
            {
                continue;
            }

            var edges = graph.TryGetValue(feature, out var existing) ? existing : graph[feature] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var referenced in TypeReferences.Of(type))
            {
                if (FeatureOf(referenced) is { } other && other != feature)
                {
                    edges.Add(other);
                }
            }
        }

        return graph;
    }

    private static string? FeatureOf(Type type)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[FeaturesNamespace.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return graph.Keys.Order(StringComparer.Ordinal).Select(k => state.GetValueOrDefault(k) == 0 ? Visit(k) : null).FirstOrDefault(c => c is not null);
    }

    private static string Describe(Dictionary<string, HashSet<string>> graph) =>
        string.Join("; ", graph.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} → {string.Join(", ", g.Value.Order(StringComparer.Ordinal))}"));
}
