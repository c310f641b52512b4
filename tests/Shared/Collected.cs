namespace GridActors.Tests;

/// <summary>Items something else adds as they come, and awaiters of the moment a condition over
/// everything so far holds: a signal, never a sleep.</summary>
public sealed class Collected<T>
{
    private readonly List<T> items = [];
    private readonly List<(Func<IReadOnlyList<T>, bool> Until, TaskCompletionSource Done)> waiters = [];

    public IReadOnlyList<T> Items { get { lock (items) return [.. items]; } }

    public Task WaitFor(Func<IReadOnlyList<T>, bool> until) => WaitFor(until, TimeSpan.FromSeconds(15));

    public Task WaitFor(Func<IReadOnlyList<T>, bool> until, TimeSpan limit)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (items)
        {
            if (until(items)) return Task.CompletedTask;
            waiters.Add((until, done));
        }
        return done.Task.WaitAsync(limit);
    }

    public void Add(T item)
    {
        lock (items)
        {
            items.Add(item);
            foreach (var waiter in waiters.Where(w => w.Until(items)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.SetResult();
            }
        }
    }
}
