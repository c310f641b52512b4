using System.Threading.Channels;
using GridActors.Gateway.Auth;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Telemetry;
using GridActors.Warnings;
using Microsoft.AspNetCore.SignalR;

namespace GridActors.Gateway.Live;

/// <summary>The gateway's one grain observer and the only class that touches the hub contexts.
/// Batches from the silos are queued and sent by one loop, so each watcher sees events in the
/// order the grains published them.</summary>
public sealed class LiveForwarder(IHubContext<BoardHub> boards, IHubContext<WorkerHub> workers, IGrainFactory grains, ILogger<LiveForwarder> log)
    : BackgroundService, ILiveObserver
{
    private readonly Channel<IReadOnlyList<LiveEvent>> queue = Channel.CreateUnbounded<IReadOnlyList<LiveEvent>>(new() { SingleReader = true });

    public Task OnEvents(IReadOnlyList<LiveEvent> batch)
    {
        queue.Writer.TryWrite(batch);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var batch in queue.Reader.ReadAllAsync(stoppingToken))
            foreach (var e in batch)
            {
                try
                {
                    if (Send(e, stoppingToken) is not { } sending) continue;
                    await sending;
                    DomainMetrics.PushSent(e.GetType().Name);
                }
                catch (Exception ex) when (ex is not OperationCanceledException) { log.LogWarning(ex, "Could not push {Event}", e.GetType().Name); }
            }
    }

    /// <summary>Null for an event no client is sent, so the pushes counter counts only real pushes.</summary>
    private Task? Send(LiveEvent e, CancellationToken ct) => e switch
    {
        IncidentChanged { Incident.LikelyDuplicateOf.Count: > 0 } c => SendWithDuplicates(c, ct),
        IncidentChanged c => boards.Clients.Groups([.. LiveGroups.Of(c.Incident), .. LiveGroups.QueuesOf(c)]).SendAsync("incidentChanged", c.Incident, ct),
        AreaCaseChanged c => SendToArea(c, ct),
        WorkerChanged w => boards.Clients.Groups(LiveGroups.Of(w.Worker)).SendAsync("workerChanged", w.Worker, ct),
        CountsChanged c => boards.Clients.Group(LiveGroups.Area(c.Area)).SendAsync("countsChanged", c, ct),
        AlertRaised a => boards.Clients.Groups(LiveGroups.Of(a.Alert)).SendAsync("alertRaised", a.Alert, ct),
        AlertCleared a => boards.Clients.Groups(LiveGroups.Of(a.Alert)).SendAsync("alertCleared", a.Alert, ct),
        WarningRaised w => boards.Clients.Groups(LiveGroups.Of(w.Warning)).SendAsync("alertRaised", w.Warning, ct),
        WarningCleared w => boards.Clients.Groups(LiveGroups.Of(w.Warning)).SendAsync("alertCleared", w.Warning, ct),
        AlertAcknowledged a => boards.Clients.Groups(LiveGroups.Of(a.Alert)).SendAsync("alertAcknowledged", a.Alert, ct),
        AssignmentOffered a => workers.Clients.User(a.WorkerId).SendAsync("assignmentOffered", a.Assignment, ct),
        ReportMerged m => workers.Clients.User(m.WorkerId).SendAsync("reportMerged", m, ct),
        _ => null,
    };

    /// <summary>An area's board gets the duplicates the least of its watchers may read.</summary>
    private async Task SendToArea(AreaCaseChanged change, CancellationToken ct) =>
        await boards.Clients.Group(LiveGroups.Area(change.Area)).SendAsync("incidentChanged",
            await VisibleDuplicates.Of(change.Incident, VisibleDuplicates.WatchersOf(change.Area), grains), ct);

    /// <summary>The case's watchers within an area (its drawer on that area's board) get the duplicates
    /// the least of that area's watchers may read; its other watchers (its reporters, its handlers, the
    /// departments' queues) get none pushed, and read theirs on the case file.</summary>
    private async Task SendWithDuplicates(IncidentChanged change, CancellationToken ct)
    {
        var incident = change.Incident;
        var ids = incident.LikelyDuplicateOf!;
        var cases = await VisibleDuplicates.Cases(ids, grains);
        foreach (var area in LiveGroups.PathOf(incident))
        {
            var seen = incident with { LikelyDuplicateOf = VisibleDuplicates.Readable(ids, cases, VisibleDuplicates.WatchersOf(area)) };
            await boards.Clients.Group(LiveGroups.Incident(incident.Id, area)).SendAsync("incidentChanged", seen, ct);
        }
        await boards.Clients.Groups([LiveGroups.Incident(incident.Id), .. LiveGroups.QueuesOf(change)])
            .SendAsync("incidentChanged", incident with { LikelyDuplicateOf = [] }, ct);
    }
}
