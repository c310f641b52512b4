using System.Threading.Channels;
using GridActors.Storage;

namespace GridActors.Tests.Storage;

/// <summary>Runs on an exclusive scheduler, one continuation at a time, as a grain's turns run.
/// Each write is a task the test completes by hand, and the test awaits the start of each write.</summary>
public class GroupCommitTests
{
    private readonly Channel<TaskCompletionSource> started = Channel.CreateUnbounded<TaskCompletionSource>();
    private readonly TaskScheduler turns = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
    private int writes;

    private GroupCommit Commit() => new(() =>
    {
        writes++;
        var write = new TaskCompletionSource();
        started.Writer.TryWrite(write);
        return write.Task;
    });

    private async Task<TaskCompletionSource> NextWrite() =>
        await started.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));

    private Task Serially(Func<Task> test) =>
        Task.Factory.StartNew(test, CancellationToken.None, TaskCreationOptions.None, turns).Unwrap();

    [Fact]
    public Task Changes_made_while_a_write_is_in_flight_share_the_next_write() => Serially(async () =>
    {
        var commit = Commit();
        var first = commit.Commit();
        var second = commit.Commit();
        var third = commit.Commit();
        Assert.Equal(1, writes);

        (await NextWrite()).SetResult();
        await first;
        Assert.False(second.IsCompleted);
        (await NextWrite()).SetResult();
        await Task.WhenAll(second, third);
        Assert.Equal(2, writes);
    });

    [Fact]
    public Task A_change_after_the_queued_write_began_waits_for_a_write_of_its_own() => Serially(async () =>
    {
        var commit = Commit();
        var first = commit.Commit();
        var queued = commit.Commit();
        (await NextWrite()).SetResult();
        await first;
        var second = await NextWrite();
        var later = commit.Commit();

        second.SetResult();
        await queued;
        Assert.False(later.IsCompleted);
        (await NextWrite()).SetResult();
        await later;
        Assert.Equal(3, writes);
    });

    [Fact]
    public Task A_failed_write_fails_its_callers_and_the_queued_ones_and_the_next_change_writes_afresh() => Serially(async () =>
    {
        var commit = Commit();
        var failed = commit.Commit();
        var queued = commit.Commit();

        (await NextWrite()).SetException(new IOException("disk full"));
        await Assert.ThrowsAsync<IOException>(() => failed);
        await Assert.ThrowsAsync<IOException>(() => queued);
        Assert.Equal(1, writes);

        var next = commit.Commit();
        (await NextWrite()).SetResult();
        await next;
        Assert.Equal(2, writes);
    });

    [Fact]
    public Task With_nothing_in_flight_each_commit_is_its_own_write() => Serially(async () =>
    {
        var commit = Commit();
        var only = commit.Commit();
        (await NextWrite()).SetResult();
        await only;
        var next = commit.Commit();
        (await NextWrite()).SetResult();
        await next;
        Assert.Equal(2, writes);
    });
}
