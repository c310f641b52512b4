using System.Diagnostics;

namespace GridActors.Benchmarks.Load;

/// <summary>What an open-loop run saw: the rate it managed to offer, the rate answers came back at
/// (until the last one), and each call's latency from the moment it was due, not from when it was sent,
/// so a sender held up by a busy machine does not hide the wait.</summary>
public sealed record Offered(double OfferedPerSecond, double AnsweredPerSecond, int Failed, Latencies Latency);

/// <summary>Calls at a fixed rate whatever the answers do, as independent callers arrive: past what the
/// target sustains, calls queue, and the latencies show the queue growing.</summary>
public static class OpenLoop
{
    public static async Task<Offered> Run(double perSecond, TimeSpan duration, Func<int, Task> operation)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        var calls = new Task<long?>[total];
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i / perSecond * Stopwatch.Frequency);
            var early = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (early > TimeSpan.FromMilliseconds(1)) await Task.Delay(early);
            calls[i] = Timed(operation, i, due);
        }
        var offered = total / Stopwatch.GetElapsedTime(start).TotalSeconds;
        var took = await Task.WhenAll(calls);
        var answered = total / Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new Offered(offered, answered, took.Count(t => t is null), new Latencies([.. took.OfType<long>()], missing: 0));
    }

    private static async Task<long?> Timed(Func<int, Task> operation, int n, long due)
    {
        try
        {
            await operation(n);
            return Stopwatch.GetTimestamp() - due;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
