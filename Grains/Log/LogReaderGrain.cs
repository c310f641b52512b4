using GridActors.Incidents;
using Orleans.Concurrency;

namespace GridActors.Log;

/// <summary>The log's reads, beside any silo's copy of the log: no state, so as many as the load needs.</summary>
[StatelessWorker, Reentrant]
public sealed class LogReaderGrain(IEventLog log) : Grain, ILogReaderGrain
{
    public Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId) => log.Read(stream, entityId);

    public async Task<EventPage> ReadAfter(long after, int limit, string? scope)
    {
        var events = await log.ReadAfter(after, limit);
        var next = events.Count == 0 ? after : events[^1].Sequence;
        if (scope is null) return new EventPage(events, next);
        // A case's grid never changes, so its case file says where every event of it belongs.
        var cases = events.Where(e => e.Stream == LogStreams.Case).Select(e => e.EntityId).Distinct().ToArray();
        var grids = await Task.WhenAll(cases.Select(async id => (id, (await GrainFactory.GetGrain<IIncidentGrain>(id).Get())?.GridCode)));
        var within = grids.Where(g => g.GridCode is { } grid && AreaCode.Contains(scope, grid)).Select(g => g.id).ToHashSet();
        return new EventPage([.. events.Where(e => e.Stream == LogStreams.Case && within.Contains(e.EntityId))], next);
    }
}
