using System.Threading.Channels;

namespace GridActors.Silo.Storage.Log;

/// <summary>A write waiting in a <see cref="GroupCommit{TWrite}"/>.</summary>
internal interface IGroupedWrite
{
    /// <summary>Its batch did not commit: the caller must not take it as stored.</summary>
    void Fail(Exception e);
}

/// <summary>Writes waiting for a writer, which takes all that wait (up to a limit) and commits them in
/// one transaction (group commit: one sync and one round trip for the lot). Should a commit throw,
/// none of its batch counts as stored and every write in it fails. Each writer is a
/// <see cref="WriteAll"/> loop, <paramref name="writers"/> of them; a store may run more than one where its
/// transactions may overlap.</summary>
internal sealed class GroupCommit<TWrite>(int mostPerCommit, int writers) where TWrite : IGroupedWrite
{
    private readonly Channel<TWrite> waiting = Channel.CreateUnbounded<TWrite>(new UnboundedChannelOptions { SingleReader = writers == 1 });

    public void Add(TWrite write)
    {
        if (!waiting.Writer.TryWrite(write)) throw new ObjectDisposedException("the event log");
    }

    /// <summary>Takes no more writes; <see cref="WriteAll"/> ends once those waiting are written.</summary>
    public void Close() => waiting.Writer.TryComplete();

    /// <summary>Commits batch after batch until closed; <paramref name="failed"/> hears of a batch that
    /// threw after its writes have failed. A blocking writer waits for work by blocking its thread, so
    /// with a commit that completes synchronously it never leaves that thread (its database calls
    /// block, and must stay off the pool).</summary>
    public async Task WriteAll(Func<IReadOnlyList<TWrite>, ValueTask> commit, Action<Exception> failed, bool blocking)
    {
        var batch = new List<TWrite>(mostPerCommit);
        while (blocking ? waiting.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult() : await waiting.Reader.WaitToReadAsync())
        {
            while (batch.Count < mostPerCommit && waiting.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                await commit(batch);
            }
            catch (Exception e)
            {
                foreach (var write in batch) write.Fail(e);
                failed(e);
            }
            batch.Clear();
        }
    }
}
