using GridActors.Log;
using Microsoft.Extensions.DependencyInjection;
using static GridActors.Tests.Storage.CaseWorld;

namespace GridActors.Tests.Storage;

public abstract partial class StorageContract
{
    [Fact]
    public async Task A_feed_hands_every_event_once_in_order_across_a_crash_and_restart_while_events_keep_coming()
    {
        await using var silo = await TestSilo.StartSiloAsync(TestSilo.Cluster(database));
        var log = silo.Services.GetRequiredService<IEventLog>();
        var cursors = silo.Services.GetRequiredService<ILogCursors>();
        // The receiver keeps what it finished with, as a webhook's receiver would, and drops a repeat by its number.
        var handled = new List<long>();
        var repeats = 0;
        var ours = 0;
        var crashed = false;
        var allOfOurs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task Handle(LoggedEvent e)
        {
            if (handled.Count > 0 && e.Sequence <= handled[^1])
            {
                repeats++;
                return Task.CompletedTask;
            }
            if (e.Stream == "feed" && ours == 19 && !crashed)
            {
                crashed = true;
                throw new InvalidOperationException("the process dies halfway through a batch");
            }
            handled.Add(e.Sequence);
            if (e.Stream == "feed" && ++ours == 60) allOfOurs.SetResult();
            return Task.CompletedTask;
        }
        async Task AppendRange(int from)
        {
            for (var i = from; i < from + 30; i++)
                Assert.True(await log.Append(new LoggedEvent(0, "feed", $"f-{i}", 1, "test.appended.v1", $"c-{i}", Operator, DateTimeOffset.UnixEpoch, "{}")));
        }
        EventFeed Feed() => new(log, cursors, "feed-test", Handle, batch: 7);

        // A reader new to a log that already has other tests' events starts at its end: after an event
        // of ours, so that no number an earlier test burnt (a refused version) lies ahead of it. Such a gap
        // is passed only once every transaction then running on the server has ended, and with other
        // tests' transactions on the same server that may be later than this test's first catch-up.
        Assert.True(await log.Append(new LoggedEvent(0, "feed-start", "f-start", 1, "test.appended.v1", "c-start", Operator, DateTimeOffset.UnixEpoch, "{}")));
        var start = await log.LastSequence();
        await cursors.Save("feed-test", start);

        // Batches of 7: the 20th event is the 6th of the third batch, so the cursor stays after the 14th.
        await AppendRange(0);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Feed().CatchUp());
        var ourEvents = await log.ReadAfter(start, 10_000);
        Assert.Equal(ourEvents[13].Sequence, await cursors.Read("feed-test"));
        Assert.Equal(ourEvents[18].Sequence, handled[^1]);

        using var stop = new CancellationTokenSource();
        var second = Feed().Run(TimeSpan.FromMilliseconds(5), TimeProvider.System, stop.Token);
        await AppendRange(30);
        await allOfOurs.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await second;

        Assert.Equal((await log.ReadAfter(start, 10_000)).Select(e => e.Sequence), handled);
        Assert.Equal(5, repeats); // the 15th to the 19th, handed over again from the stored cursor
        Assert.Equal(handled[^1], await cursors.Read("feed-test"));
    }
}
