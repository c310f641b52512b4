using GridActors.Access;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Warnings;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Gateway.Live;

/// <summary>SignalR group names: one per area (any level, grids included) and one per case.</summary>
public static class LiveGroups
{
    public static string Area(string code) => $"area:{code}";

    /// <summary>A case's own watchers, apart by what they may read of other cases: a command centre
    /// (its scope is an area on the case's path) in the group of its scope, everyone else in one group.</summary>
    public static string IncidentFor(string id, Actor watcher) =>
        watcher.Role is Role.Operator or Role.Supervisor or Role.Admin ? Incident(id, watcher.Scope) : Incident(id);

    public static string Incident(string id) => $"incident:{id}";

    public static string Incident(string id, string area) => $"incident:{id}@{area}";

    /// <summary>A department's queue: its own users and keys only.</summary>
    public static string Department(string code) => $"department:{code}";

    /// <summary>The queues a change concerns: the one holding the case and the one it just left.</summary>
    public static IReadOnlyList<string> QueuesOf(IncidentChanged change) =>
        [.. new[] { DepartmentQueue.HolderOf(change.Incident), change.LeftQueueOf }.OfType<string>().Distinct().Select(Department)];

    /// <summary>The areas on a case's path, grid first.</summary>
    public static IReadOnlyList<string> PathOf(IncidentSummary incident) => [incident.GridCode, .. AreaCode.Ancestors(incident.GridCode)];

    /// <summary>A case's own watchers, within every area on its path and beyond. The areas' boards are
    /// told by the areas themselves (<see cref="AreaCaseChanged"/>).</summary>
    public static IReadOnlyList<string> Of(IncidentSummary incident) =>
        [Incident(incident.Id), .. PathOf(incident).Select(a => Incident(incident.Id, a))];

    /// <summary>An alert's watchers: its grid's and every area above it.</summary>
    public static IReadOnlyList<string> Of(Alert alert) =>
        [Area(alert.GridCode), .. AreaCode.Ancestors(alert.GridCode).Select(Area)];

    /// <summary>A warning's watchers: its area's and every area above it.</summary>
    public static IReadOnlyList<string> Of(EarlyWarning warning) =>
        [Area(warning.Area), .. AreaCode.Ancestors(warning.Area).Select(Area)];

    /// <summary>A worker's watchers: every area of every grid the worker serves, once each.</summary>
    public static IReadOnlyList<string> Of(WorkerSummary worker) =>
        [.. worker.Grids.SelectMany(g => AreaCode.Ancestors(g).Prepend(g)).Distinct().Select(Area)];
}
