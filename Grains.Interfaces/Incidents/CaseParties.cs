using GridActors.Access;

namespace GridActors.Incidents;

/// <summary>The keys by which a case's list rows are found for those who read it as a party rather
/// than as a command centre: its reporters, the grid workers who held it and the departments it was
/// dispatched to. The same rule as a single case's read, kept as data so a list can filter on it.</summary>
public static class CaseParties
{
    public static string Reporter(Actor a) => $"reporter:{a.Role}:{a.Id}:{a.Scope}";

    public static string Worker(string workerId) => $"worker:{workerId}";

    public static string Department(string departmentId) => $"department:{departmentId}";

    /// <summary>The keys an actor reads cases by: every party key that may name them.</summary>
    public static IReadOnlyList<string> Of(Actor a) => a.Role switch
    {
        Role.Worker => [Reporter(a), Worker(a.Id)],
        Role.Department => [Department(a.Scope)],
        Role.External => [Reporter(a)],
        _ => [],
    };
}
