using System.Globalization;
using GridActors.Territory.Geometry;
using GridActors.Workers;

namespace GridActors.Incidents;

/// <summary>A grid worker chosen for a case, with what made them the choice: their open cases and
/// how far their last known position is from the case (null when either is unknown).</summary>
public sealed record WorkerChoice(string WorkerId, int Load, double? Metres)
{
    public string Reason => $"least loaded on-duty worker, {Load} open {(Load == 1 ? "case" : "cases")}, "
        + (Metres is { } m ? $"{Math.Round(m).ToString(CultureInfo.InvariantCulture)} m" : "position unknown");
}

/// <summary>Automatic dispatch (自动派遣) by the category's rules: where a filed case goes when the
/// platform routes it, and which grid worker comes next. Decided from the case and the grid's
/// workers alone, so the grain only gathers them and a test needs no cluster.</summary>
public static class DispatchRules
{
    /// <summary>The id the automatic dispatch of a filing acts under: a retried filing, a restart or
    /// a reminder tick all name the same dispatch, so it happens once.</summary>
    public static string? CommandIdFor(IncidentState s) =>
        s.Status == IncidentStatus.Filed && s.History.FindLast(e => e.Kind == EventKind.Filed) is { } filed
            ? $"dispatch:auto:v{filed.Version}"
            : null;

    /// <summary>The available worker of the case's grid with the fewest open cases; among equals the
    /// one last seen nearest the case (a worker never seen comes after those seen), then the lowest id,
    /// so every run picks the same. Workers in <paramref name="passedOver"/> are not chosen.</summary>
    public static WorkerChoice? NextWorker(IncidentState s, IEnumerable<WorkerSummary> workers, IReadOnlyCollection<string> passedOver) => workers
        .Where(w => w.Grids.Contains(s.GridCode) && w.IsAvailable && !passedOver.Contains(w.Id))
        .Select(w => new WorkerChoice(w.Id, w.Load,
            s.Location is { } at && w.LastPosition is { } seen ? LocalMetric.Metres(at, seen) : null))
        .OrderBy(c => c.Load)
        .ThenBy(c => c.Metres ?? double.PositiveInfinity)
        .ThenBy(c => c.WorkerId, StringComparer.Ordinal)
        .FirstOrDefault();

    /// <summary>The dispatch the category's default level calls for, its reason in the note. A grid
    /// matter with nobody available in the grid goes to the village, saying so.</summary>
    /// <param name="gridWorkers">The grid's workers; only read for a grid-level category.</param>
    public static Dispatch For(IncidentState s, Category category, IReadOnlyList<WorkerSummary> gridWorkers)
    {
        var level = category.DefaultLevel;
        if (level == HandlingLevel.Grid)
            return NextWorker(s, gridWorkers, []) is { } choice
                ? new(HandlingLevel.Grid, choice.WorkerId, choice.Reason)
                : ToArea(s, HandlingLevel.Village, $"no worker on duty in grid {s.GridCode}: sent to the village");
        var rule = $"{category.Code} is handled by";
        return level == HandlingLevel.Department
            ? new(HandlingLevel.Department, category.Department!, $"{rule} department {category.Department}")
            : ToArea(s, level, $"{rule} the {level.ToString().ToLowerInvariant()}");
    }

    private static Dispatch ToArea(IncidentState s, HandlingLevel level, string reason) =>
        new(level, Targets.AreaAt(s.GridCode, level), reason);
}
