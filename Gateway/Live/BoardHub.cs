using GridActors.Gateway.Areas;
using GridActors.Gateway.Auth;
using GridActors.Incidents;
using GridActors.Territory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace GridActors.Gateway.Live;

/// <summary>Operations boards watch areas and cases. Watching answers with the current snapshot;
/// pushes that follow carry versions and watermarks newer than it.</summary>
[Authorize]
public sealed class BoardHub(IGrainFactory grains) : Hub
{
    public async Task<AreaBoard> WatchArea(string code)
    {
        if (!AreaCode.IsValid(code)) throw new HubException("an area code is 6, 9 or 12 digits, or a grid code");
        var actor = Context.User!.Actor();
        if (!actor.MayWatch(code)) throw new HubException($"forbidden: {actor.Id} may not watch {code}");
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Area(code));
        return await BoardsApi.Snapshot(grains, code, actor);
    }

    public Task UnwatchArea(string code) => Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Area(code));

    /// <summary>A department's queue, for the department's own users and keys: every change of a case
    /// it holds, and the change that takes a case out of it. Watch first, then read the queue
    /// (<c>GET /api/v1/departments/{code}/cases</c>): a push newer than the row read replaces it.</summary>
    public async Task WatchDepartment(string code)
    {
        if (!DepartmentCode.IsValid(code)) throw new HubException(DepartmentCode.Rule);
        var actor = Context.User!.Actor();
        if (!actor.MayWatchQueueOf(code)) throw new HubException($"forbidden: {actor.Id} may not watch the queue of {code}");
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Department(code));
    }

    public Task UnwatchDepartment(string code) => Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Department(code));

    public async Task<IncidentView> WatchIncident(string id)
    {
        if (!Ids.IsValid(id)) throw new HubException(Ids.Rule);
        var view = await grains.GetGrain<IIncidentGrain>(id).Get();
        var actor = Context.User!.Actor();
        // Another area's case is refused as a missing one is, so the refusal says nothing of it.
        if (view is null || !actor.MayRead(view)) throw new HubException($"no case {id}");
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.IncidentFor(id, actor));
        return await VisibleDuplicates.Of(view, actor, grains);
    }

    public Task UnwatchIncident(string id) => Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.IncidentFor(id, Context.User!.Actor()));
}
