using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Tests;

/// <summary>Collects what a hub pushes under one event name, and lets a test await the moment a
/// condition over everything received so far holds: a signal, never a sleep.</summary>
public sealed class Recorder<T>
{
    private readonly List<T> received = [];
    private readonly List<(Func<IReadOnlyList<T>, bool> Until, TaskCompletionSource Done)> waiters = [];

    public Recorder(HubConnection connection, string eventName) => connection.On<T>(eventName, Add);

    public IReadOnlyList<T> Received { get { lock (received) return [.. received]; } }

    public Task WaitFor(Func<IReadOnlyList<T>, bool> until)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (received)
        {
            if (until(received)) return Task.CompletedTask;
            waiters.Add((until, done));
        }
        return done.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    private void Add(T item)
    {
        lock (received)
        {
            received.Add(item);
            foreach (var waiter in waiters.Where(w => w.Until(received)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.SetResult();
            }
        }
    }
}
