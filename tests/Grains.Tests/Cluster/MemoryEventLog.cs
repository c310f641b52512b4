using GridActors.Incidents;
using GridActors.Log;

namespace GridActors.Tests.Cluster;

/// <summary>The event log in memory, with the database's promises: an entity's version is taken
/// once, sequence numbers follow commit order, a case's row is written with its event. A test may
/// make the next append fail (<paramref name="failsNext"/>), as a lost connection would.</summary>
public sealed class MemoryEventLog(Func<LoggedEvent, bool>? failsNext = null) : IEventLog, IGridCases
{
    private readonly Lock gate = new();
    private readonly List<LoggedEvent> all = [];
    private readonly Dictionary<(string, string), List<LoggedEvent>> streams = [];
    private readonly Dictionary<string, CaseRecord> cases = [];

    public Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<LoggedEvent>>(streams.TryGetValue((stream, entityId), out var list) ? [.. list] : []);
    }

    public Task<bool> Append(LoggedEvent logged, CaseRecord? row = null)
    {
        if (failsNext?.Invoke(logged) == true) throw new IOException($"injected: the append of {logged.Stream} {logged.EntityId} v{logged.Version} was lost");
        lock (gate)
        {
            if (!streams.TryGetValue((logged.Stream, logged.EntityId), out var list)) streams[(logged.Stream, logged.EntityId)] = list = [];
            if (list.Exists(e => e.Version == logged.Version)) return Task.FromResult(false);
            var stored = logged with { Sequence = all.Count + 1 };
            all.Add(stored);
            list.Add(stored);
            if (row is not null && (!cases.TryGetValue(row.Id, out var held) || held.Version < row.Version)) cases[row.Id] = row;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<LoggedEvent>> ReadForPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        lock (gate) return Task.FromResult(PeriodReading.Of([.. all], from, to));
    }

    public Task<long> LastSequence()
    {
        lock (gate) return Task.FromResult<long>(all.Count);
    }

    public Task<IReadOnlyList<LoggedEvent>> ReadAfter(long sequence, int limit)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<LoggedEvent>>([.. all.Skip((int)Math.Min(sequence, all.Count)).Take(limit)]);
    }

    public Task<GridCases> Read(string gridCode)
    {
        lock (gate)
        {
            var rows = cases.Values.Where(c => c.GridCode == gridCode).ToList();
            return Task.FromResult(new GridCases(
                [.. rows.Where(r => r.Status.IsOpen())],
                [.. rows.Where(r => !r.Status.IsOpen()).GroupBy(r => (r.Status, r.Level)).Select(g => new FinishedCases(g.Key.Status, g.Key.Level, g.Count()))]));
        }
    }

    public CaseRecord? Case(string id)
    {
        lock (gate) return cases.GetValueOrDefault(id);
    }
}
