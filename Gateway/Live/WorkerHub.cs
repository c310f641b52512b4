using GridActors.Gateway.Auth;
using GridActors.Gateway.Workers;
using GridActors.Workers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace GridActors.Gateway.Live;

/// <summary>A worker's app. On every connect it is sent every assignment still waiting for its
/// acknowledgement, so an offer pushed while it was away is never lost. It is also told
/// (<c>reportMerged</c>) when a report of the worker's joins another open case.</summary>
[Authorize(Policy = Policies.Worker)]
public sealed class WorkerHub(IGrainFactory grains) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var worker = await grains.GetGrain<IWorkerGrain>(Context.UserIdentifier!).Get();
        foreach (var assignment in worker?.Pending ?? [])
            await Clients.Caller.SendAsync("assignmentOffered", assignment);
        await base.OnConnectedAsync();
    }

    /// <summary>What is still waiting for this worker's acknowledgement, oldest first.</summary>
    public async Task<IReadOnlyList<Assignment>> Pending() =>
        (await grains.GetGrain<IWorkerGrain>(Context.UserIdentifier!).Get())?.Pending ?? [];

    /// <summary>Accepts the offered case; answers with the case's new version.</summary>
    public async Task<long> Acknowledge(string incidentId)
    {
        var result = await WorkerAssignments.Acknowledge(grains, Context.User!.Actor(), incidentId);
        return result.Refusal is { } refusal ? throw new HubException($"{refusal.Code}: {refusal.Reason}") : result.Version;
    }
}
