using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Gateway.Live;

/// <summary>SignalR group names: one per area (any level, grids included) and one per case.</summary>
public static class LiveGroups
{
    public static string Area(string code) => $"area:{code}";

    public static string Incident(string id) => $"incident:{id}";

    /// <summary>A case's watchers: the case's own, and every area on its path, grid first.</summary>
    public static IReadOnlyList<string> Of(IncidentSummary incident) =>
        [Incident(incident.Id), Area(incident.GridCode), .. AreaCode.Ancestors(incident.GridCode).Select(Area)];

    /// <summary>An alert's watchers: its grid's and every area above it.</summary>
    public static IReadOnlyList<string> Of(Alert alert) =>
        [Area(alert.GridCode), .. AreaCode.Ancestors(alert.GridCode).Select(Area)];

    /// <summary>A worker's watchers: every area of every grid the worker serves, once each.</summary>
    public static IReadOnlyList<string> Of(WorkerSummary worker) =>
        [.. worker.Grids.SelectMany(g => AreaCode.Ancestors(g).Prepend(g)).Distinct().Select(Area)];
}
