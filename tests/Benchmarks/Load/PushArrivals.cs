using System.Collections.Concurrent;
using System.Diagnostics;

namespace GridActors.Benchmarks.Load;

/// <summary>When each pushed (id, version) arrived. A push may arrive before the HTTP response that
/// names it, so arrivals are kept until asked for rather than awaited from the send.</summary>
public sealed class PushArrivals
{
    private readonly ConcurrentDictionary<(string Id, long Version), TaskCompletionSource<long>> arrivals = new();

    public void Arrived(string id, long version) => Slot(id, version).TrySetResult(Stopwatch.GetTimestamp());

    /// <summary>The Stopwatch timestamp of the push, or null when it did not come within <paramref name="wait"/>.</summary>
    public async Task<long?> When(string id, long version, TimeSpan wait)
    {
        try { return await Slot(id, version).Task.WaitAsync(wait); }
        catch (TimeoutException) { return null; }
        finally { arrivals.TryRemove((id, version), out _); }
    }

    private TaskCompletionSource<long> Slot(string id, long version) =>
        arrivals.GetOrAdd((id, version), _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
