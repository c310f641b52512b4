using System.Reflection;
using System.Text.Json.Serialization;
using GridActors.Incidents.Log;

namespace GridActors.Webhooks;

/// <summary>What a subscription names in <c>kinds</c>: an event type without its version
/// (<c>case.dispatched</c> for <c>case.dispatched.v1</c>), so a new version of a kind still reaches it.</summary>
public static class EventKinds
{
    public static IReadOnlySet<string> Known { get; } = typeof(CaseEvent).GetCustomAttributes<JsonDerivedTypeAttribute>()
        .Select(a => KindOf((string)a.TypeDiscriminator!)).ToHashSet(StringComparer.Ordinal);

    public static string KindOf(string type)
    {
        var version = type.LastIndexOf(".v", StringComparison.Ordinal);
        return version > 0 ? type[..version] : type;
    }
}
