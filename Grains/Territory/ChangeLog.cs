using GridActors.Incidents;
using GridActors.Workers;

namespace GridActors.Territory;

/// <summary>The latest change of each case and worker of an area, numbered, so a board that missed
/// pushes asks "what changed after watermark w" and gets each change once. Kept in memory: the
/// epoch in the watermark tells a client when the area restarted and it must take a fresh board.</summary>
public sealed class ChangeLog
{
    private const int Capacity = 20_000;

    private readonly string epoch = Guid.NewGuid().ToString("N")[..12];
    private readonly Dictionary<string, (long Sequence, IncidentSummary Change)> incidents = [];
    private readonly Dictionary<string, (long Sequence, WorkerSummary Change)> workers = [];
    private long sequence;
    private long floor;

    public string Watermark => $"{epoch}-{sequence}";

    public void Record(IncidentSummary change)
    {
        incidents[change.Id] = (++sequence, change);
        Trim();
    }

    /// <summary>Whether the change is a later version of the case than the last one recorded, if any.</summary>
    public bool IsNewer(IncidentSummary change) =>
        !incidents.TryGetValue(change.Id, out var held) || held.Change.Version < change.Version;

    public void Record(WorkerSummary change)
    {
        workers[change.Id] = (++sequence, change);
        Trim();
    }

    /// <summary>The changes after a watermark, oldest first; null when the watermark is not this
    /// log's, or older than what it still holds.</summary>
    public (IReadOnlyList<IncidentSummary> Incidents, IReadOnlyList<WorkerSummary> Workers)? Since(string watermark)
    {
        var dash = watermark.LastIndexOf('-');
        if (dash < 0 || watermark[..dash] != epoch || !long.TryParse(watermark[(dash + 1)..], out var after)
            || after < floor || after > sequence)
            return null;
        return (
            [.. incidents.Values.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Select(e => e.Change)],
            [.. workers.Values.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Select(e => e.Change)]);
    }

    /// <summary>Forgets the oldest tenth when full; watermarks from before then get a reset.</summary>
    private void Trim()
    {
        if (incidents.Count + workers.Count <= Capacity) return;
        var cut = incidents.Values.Select(e => e.Sequence).Concat(workers.Values.Select(e => e.Sequence))
            .Order().ElementAt(Capacity / 10);
        foreach (var id in incidents.Where(e => e.Value.Sequence < cut).Select(e => e.Key).ToList()) incidents.Remove(id);
        foreach (var id in workers.Where(e => e.Value.Sequence < cut).Select(e => e.Key).ToList()) workers.Remove(id);
        floor = cut - 1;
    }
}
