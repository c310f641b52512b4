using GridActors.Live;

namespace GridActors.Tests.Cluster;

/// <summary>A silo of its own whose published events a test can await, for what the grains do on
/// their own timers. The recorder is registered as a gateway and then sees a probe go through the
/// publisher, so every event published after the fixture is ready reaches it: a silo's publisher
/// may push for up to <see cref="LiveDirectory.ListCachedFor"/> to the list it read before.</summary>
public sealed class LiveClusterFixture : IAsyncLifetime
{
    public ClusterFixture Silo { get; } = new();
    public LiveRecorder Live { get; } = new();

    private const int ProbeAttempts = 5;

    public async Task InitializeAsync()
    {
        await Silo.InitializeAsync();
        var reference = Silo.Grains.CreateObjectReference<ILiveObserver>(Live);
        await Silo.Grains.GetGrain<ILiveDirectoryGrain>(0).Subscribe("grain-tests", reference);
        for (var attempt = 0; attempt < ProbeAttempts; attempt++)
        {
            var probe = new ReportMerged("fixture", $"probe-{attempt}", "");
            var seen = Live.WaitFor<ReportMerged>(e => e == probe);
            await Silo.Grains.GetGrain<ILivePublisherGrain>(0).Publish([probe]);
            if (await Task.WhenAny(seen, Task.Delay(LiveDirectory.ListCachedFor * 2)) == seen) return;
        }
        // Past a few cache periods the publisher is not going to reach the recorder: every live test
        // would wait in vain, so the fixture fails instead of probing for ever.
        throw new InvalidOperationException($"the recorder received none of {ProbeAttempts} probes sent through the publisher");
    }

    public Task DisposeAsync() => Silo.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<LiveClusterFixture>
{
    public const string Name = "live";
}

/// <summary>Collects published events and lets a test await the first that matches: a signal, never a sleep.</summary>
public sealed class LiveRecorder : ILiveObserver
{
    private readonly List<LiveEvent> received = [];
    private readonly List<(Func<LiveEvent, bool> Match, TaskCompletionSource<LiveEvent> Done)> waiters = [];

    /// <summary>Every event received so far, in the order received.</summary>
    public IReadOnlyList<LiveEvent> Received
    {
        get { lock (received) return [.. received]; }
    }

    public Task<T> WaitFor<T>(Func<T, bool> match) where T : LiveEvent
    {
        var done = new TaskCompletionSource<LiveEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (received)
        {
            if (received.OfType<T>().FirstOrDefault(match) is { } seen) return Task.FromResult(seen);
            waiters.Add((e => e is T t && match(t), done));
        }
        return done.Task.WaitAsync(TimeSpan.FromSeconds(15)).ContinueWith(t => (T)t.Result, TaskScheduler.Default);
    }

    public Task OnEvents(IReadOnlyList<LiveEvent> batch)
    {
        lock (received)
            foreach (var e in batch)
            {
                received.Add(e);
                foreach (var waiter in waiters.Where(w => w.Match(e)).ToList())
                {
                    waiters.Remove(waiter);
                    waiter.Done.SetResult(e);
                }
            }
        return Task.CompletedTask;
    }
}
