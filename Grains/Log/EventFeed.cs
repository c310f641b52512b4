namespace GridActors.Log;

/// <summary>A reader of the whole log (事件订阅), for integrations such as webhooks. It hands every
/// event to its handler in sequence order, from the cursor stored under its name, and stores the
/// cursor after each batch the handler finished. The promise is at-least-once: after a crash, the
/// events handled since the last stored cursor come again, in the same order; the handler is given
/// each event's sequence number, which only grows, so it drops one at or below the last it finished
/// with. Never is an event skipped, nor handed over before one with a lower number.</summary>
public sealed class EventFeed(IEventLog log, ILogCursors cursors, string name, Func<LoggedEvent, Task> handle, int batch = 100)
{
    /// <summary>Hands over every event visible now, batch by batch; the number handed over.</summary>
    public async Task<int> CatchUp(CancellationToken cancellation = default)
    {
        var handed = 0;
        var cursor = await cursors.Read(name);
        while (!cancellation.IsCancellationRequested)
        {
            var events = await log.ReadAfter(cursor, batch);
            if (events.Count == 0) break;
            foreach (var e in events) await handle(e);
            cursor = events[^1].Sequence;
            await cursors.Save(name, cursor);
            handed += events.Count;
        }
        return handed;
    }

    /// <summary>Catches up, then looks again after <paramref name="idle"/>, until cancelled.</summary>
    public async Task Run(TimeSpan idle, TimeProvider clock, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            await CatchUp(cancellation);
            try { await Task.Delay(idle, clock, cancellation); }
            catch (OperationCanceledException) { return; }
        }
    }
}
