namespace GridActors.Storage;

/// <summary>Coalesces the writes of a reentrant grain. A caller that changed the state asks for a
/// commit and returns once a write that began after its change has finished: while one write is
/// in flight, every change made meanwhile rides on the single write queued behind it. A failed
/// write fails the queued callers too: their changes were made on top of the one it dropped.</summary>
public sealed class GroupCommit(Func<Task> write)
{
    private Task? running;
    private Task? queued;

    public Task Commit() => queued ?? (running is null ? running = Write() : queued = AfterRunning());

    private async Task Write()
    {
        try { await write(); }
        finally { running = null; }
    }

    private async Task AfterRunning()
    {
        try { await running!; }
        finally { queued = null; }
        await (running = Write());
    }
}
