using System.Diagnostics;
using GridActors.Gateway.Live;
using GridActors.Incidents;
using GridActors.Live;

namespace GridActors.Benchmarks.Board;

/// <summary>Case changes of one area handed to the gateway's grain observer, as the area's silo hands it a batch: from
/// there on everything is the product's live path (the forwarder's queue, the board hub's groups, the
/// SignalR socket, the page's frame batching). Each change is a newer version of one case, round the
/// cases, with its light moved on so its marker is redrawn too.</summary>
public sealed class LivePushes(LiveForwarder forwarder, string area, IReadOnlyList<IncidentSummary> cases)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);

    private readonly IncidentSummary[] latest = [.. cases];

    /// <summary>The sum of the last version pushed of every case: what a page showing them all holds.</summary>
    public long VersionSum => latest.Sum(c => c.Version);

    /// <summary>Pushes <paramref name="perSecond"/> changes a second, evenly, for <paramref name="time"/>; answers how many were pushed.</summary>
    public async Task<int> Run(int perSecond, TimeSpan time)
    {
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(Tick);
        var pushed = 0;
        var total = (int)(perSecond * time.TotalSeconds);
        while (pushed < total && await timer.WaitForNextTickAsync())
        {
            var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * perSecond));
            var batch = new List<LiveEvent>(due - pushed);
            for (; pushed < due; pushed++) batch.Add(new AreaCaseChanged(area, Next(pushed % latest.Length)));
            if (batch.Count > 0) await forwarder.OnEvents(batch);
        }
        return pushed;
    }

    private IncidentSummary Next(int index)
    {
        var held = latest[index];
        var light = held.Light switch { Light.Green => Light.Yellow, Light.Yellow => Light.Red, _ => Light.Green };
        return latest[index] = held with { Version = held.Version + 1, Light = light };
    }
}
