using GridActors.Access;

namespace GridActors.Incidents;

/// <summary>Which party of a closed case gives a mutual evaluation (互评): the grid evaluates the
/// department that handled the case, the department evaluates the grid.</summary>
public enum EvaluationSide { Grid, Department }

/// <summary>Who the parties of a case's mutual evaluation are. The grid side is a worker of the
/// case's grid (its scope is that grid); the department side is the department that resolved the
/// case (the last result reported at department level). A case no department resolved has no
/// department side, so neither side evaluates it.</summary>
public static class MutualEvaluation
{
    public static string? HandlingDepartment(IEnumerable<IncidentEvent> history) =>
        history.LastOrDefault(e => e.Kind == EventKind.Resolved && e.Level == HandlingLevel.Department)?.Handler;

    /// <summary>The side the actor speaks for on this case, or null when it is no party.</summary>
    public static EvaluationSide? SideOf(Actor actor, string gridCode, IReadOnlyList<IncidentEvent> history) => actor.Role switch
    {
        Role.Worker when actor.Scope == gridCode => EvaluationSide.Grid,
        Role.Department when HandlingDepartment(history) is { } department && actor.Scope == department => EvaluationSide.Department,
        _ => null,
    };
}
