using GridActors.Incidents;
using Orleans.Concurrency;

namespace GridActors.Log;

/// <summary>The log's reads, beside any silo's copy of the log: no state, so as many as the load needs.</summary>
[StatelessWorker, Reentrant]
public sealed class LogReaderGrain(IEventLog log, ICaseTable cases) : Grain, ILogReaderGrain
{
    public Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId) => log.Read(stream, entityId);

    public async Task<EventPage> ReadAfter(long after, int limit, string scope)
    {
        var events = await log.ReadAfter(after, limit);
        var next = events.Count == 0 ? after : events[^1].Sequence;
        // A case's grid never changes, so its row says where every event of it belongs: one read for
        // the page, not a case activation each. A row is written with the case's first event.
        var grids = await cases.GridsOf(events.Where(e => e.Stream == LogStreams.Case).Select(e => e.EntityId).ToHashSet());
        return new EventPage([.. events.Where(e => e.Stream == LogStreams.Case
            && grids.TryGetValue(e.EntityId, out var grid) && AreaCode.Contains(scope, grid))], next);
    }
}
