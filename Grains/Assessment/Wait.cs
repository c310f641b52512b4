using GridActors.Incidents;

namespace GridActors.Assessment;

/// <summary>Something timed against a deadline: a stage of a case (accept, handle, verify) or a wait
/// for dispatch. It is decided when it is done in time (on time, at that instant) or when its
/// deadline passes undone (late, at the deadline); one that ends otherwise before its deadline (the
/// case moved on) is never decided. While the case is deferred its clock stands still.</summary>
internal sealed class Wait(string indicator, DateTimeOffset due, string? holder, Stage? stage = null, long stageVersion = 0)
{
    private DateTimeOffset? pausedAt;
    private (DateTimeOffset At, bool OnTime)? decided;

    public string Indicator => indicator;
    public string? Holder => holder;
    public Stage? Stage => stage;
    public long StageVersion => stageVersion;

    /// <summary>A deferral stops the clock; a resumption restarts it with the deadline moved on.</summary>
    public void Clock(DateTimeOffset newDue, DateTimeOffset? stoppedAt)
    {
        if (stoppedAt is { } stop && pausedAt is null)
        {
            if (due < stop) decided ??= (due, false);
            pausedAt = stop;
        }
        else if (stoppedAt is null)
        {
            pausedAt = null;
            due = newDue;
        }
    }

    /// <summary>How it ended: <paramref name="done"/> when the awaited step happened at <paramref name="at"/>,
    /// false when the case moved on otherwise or the period ran out there.</summary>
    public (DateTimeOffset At, bool OnTime)? End(DateTimeOffset at, bool done) =>
        decided ?? (pausedAt is not null ? null
            : done && at <= due ? (at, true)
            : due < at ? (due, false)
            : null);
}
