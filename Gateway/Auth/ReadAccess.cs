using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Gateway.Auth;

/// <summary>Who may see what. Commands are checked again by the grains; reads are checked here,
/// on the data, not on the route.</summary>
public static class ReadAccess
{
    public static bool MayRead(this Actor actor, IncidentView incident) => actor.Role switch
    {
        _ when actor.Role.ReadsByArea() => actor.Covers(incident.GridCode),
        Role.Worker => Reported(incident, actor)
            || incident.History.Any(e => e.Level == HandlingLevel.Grid && e.Handler == actor.Id),
        Role.Department => incident.History.Any(e => e.Level == HandlingLevel.Department && e.Handler == actor.Scope),
        Role.External => Reported(incident, actor),
        _ => false,
    };

    /// <summary>Command centres read every case of their area: the case's grid alone decides.</summary>
    public static bool ReadsByArea(this Role role) => role is Role.Operator or Role.Supervisor or Role.Admin;

    /// <summary>The first reporter, or the reporter of a duplicate merged into the case.</summary>
    private static bool Reported(IncidentView incident, Actor actor) =>
        incident.Reporter == actor || (incident.Reporters?.Contains(actor) ?? false);

    /// <summary>The log's feed: an admin, or an external system granted <see cref="ApiKeyGrants.Events"/>,
    /// reads the events of the cases within their area. Platform admins read no cases, so no feed.</summary>
    public static string LogScope(Actor actor) => actor.Scope;

    /// <summary>Boards and area watches are for the command centres of that area.</summary>
    public static bool MayWatch(this Actor actor, string areaCode) => actor.Covers(areaCode);

    /// <summary>A department's queue as a list: the department itself, and the command centres, who
    /// see in it the cases of their own area only (the list's area scope still applies).</summary>
    public static bool MayListQueueOf(this Actor actor, string department) =>
        actor.MayWatchQueueOf(department) || actor.Role.ReadsByArea();

    /// <summary>A department's queue live: the department alone, since it spans every area.</summary>
    public static bool MayWatchQueueOf(this Actor actor, string department) =>
        actor.Role == Role.Department && actor.Scope == department;

    /// <summary>A grid and its duties: the command centres above it and its own workers.</summary>
    public static bool MayReadGrid(this Actor actor, GridActors.Territory.GridView grid) =>
        actor.Covers(grid.Code) || (actor.Role == Role.Worker && grid.Workers.Contains(actor.Id));

    /// <summary>A worker's assignments: the worker, and the command centres of one of its grids.</summary>
    public static bool MayReadWorker(this Actor actor, string workerId, IReadOnlyList<string> grids) =>
        (actor.Role == Role.Worker && actor.Id == workerId) || grids.Any(actor.Covers);
}
