using System.Threading.Channels;
using GridActors.Live;
using Microsoft.AspNetCore.SignalR;

namespace GridActors.Gateway.Live;

/// <summary>The gateway's one grain observer and the only class that touches the hub contexts.
/// Batches from the silos are queued and sent by one loop, so each watcher sees events in the
/// order the grains published them.</summary>
public sealed class LiveForwarder(IHubContext<BoardHub> boards, IHubContext<WorkerHub> workers, ILogger<LiveForwarder> log)
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
                try { await Send(e, stoppingToken); }
                catch (Exception ex) when (ex is not OperationCanceledException) { log.LogWarning(ex, "Could not push {Event}", e.GetType().Name); }
            }
    }

    private Task Send(LiveEvent e, CancellationToken ct) => e switch
    {
        IncidentChanged c => boards.Clients.Groups(LiveGroups.Of(c.Incident)).SendAsync("incidentChanged", c.Incident, ct),
        WorkerChanged w => boards.Clients.Groups(LiveGroups.Of(w.Worker)).SendAsync("workerChanged", w.Worker, ct),
        CountsChanged c => boards.Clients.Group(LiveGroups.Area(c.Area)).SendAsync("countsChanged", c, ct),
        AlertRaised a => boards.Clients.Groups(LiveGroups.Of(a.Alert)).SendAsync("alertRaised", a.Alert, ct),
        AlertCleared a => boards.Clients.Groups(LiveGroups.Of(a.Alert)).SendAsync("alertCleared", a.Alert, ct),
        AssignmentOffered a => workers.Clients.User(a.WorkerId).SendAsync("assignmentOffered", a.Assignment, ct),
        ReportMerged m => workers.Clients.User(m.WorkerId).SendAsync("reportMerged", m, ct),
        _ => Task.CompletedTask,
    };
}
