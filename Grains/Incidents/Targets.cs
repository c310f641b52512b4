using GridActors.Territory;

namespace GridActors.Incidents;

/// <summary>Whether a handler named in a dispatch or escalation fits the level and the case's place.</summary>
public static class Targets
{
    public static Refusal? Problem(IncidentState s, HandlingLevel level, string? handler, CommandContext c)
    {
        if (!Enum.IsDefined(level)) return Refusal.Invalid("level", "unknown level");
        if (string.IsNullOrWhiteSpace(handler)) return Refusal.Invalid("handler", "handler is required");
        return level switch
        {
            HandlingLevel.Grid => c.HandlerGrids is { } grids && grids.Contains(s.GridCode)
                ? null
                : Refusal.Invalid("handler", $"worker {handler} does not serve grid {s.GridCode}"),
            HandlingLevel.Department => DepartmentCode.IsValid(handler) ? null : Refusal.Invalid("handler", DepartmentCode.Rule),
            _ => handler == AreaAt(s.GridCode, level)
                ? null
                : Refusal.Invalid("handler", $"the {level.ToString().ToLowerInvariant()} of grid {s.GridCode} is {AreaAt(s.GridCode, level)}"),
        };
    }

    /// <summary>Escalation (流转) goes up the levels, or out to a department, never down or sideways.</summary>
    public static Refusal? EscalationProblem(IncidentState s, HandlingLevel level, string? handler, CommandContext c)
    {
        var upward = level == HandlingLevel.Department
            ? s.Level != HandlingLevel.Department
            : Rank(level) > Rank(s.Level ?? HandlingLevel.Grid);
        return upward ? Problem(s, level, handler, c)
            : Refusal.Invalid("level", $"escalation goes above {s.Level}, or to a department");
    }

    private static int Rank(HandlingLevel level) => level switch
    {
        HandlingLevel.Grid => 0,
        HandlingLevel.Village => 1,
        HandlingLevel.Town or HandlingLevel.Department => 2,
        _ => 3,
    };

    /// <summary>The code of the village, town or district above a grid.</summary>
    public static string AreaAt(string gridCode, HandlingLevel level) =>
        AreaCode.Ancestors(gridCode).First(code => AreaCode.LevelOf(code) == level switch
        {
            HandlingLevel.Village => AreaLevel.Village,
            HandlingLevel.Town => AreaLevel.Town,
            _ => AreaLevel.District,
        });
}
