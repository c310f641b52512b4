namespace GridActors.Silo.Logging;

/// <summary>What makes two log lines "the same warning": where it comes from, its event, the kind of
/// exception it carries and its message template (not the values filled in).</summary>
public sealed record WarningCause(string Category, int EventId, string? ExceptionType, string Template);

/// <summary>Lets the first warning of a cause through, holds back the rest of its minute, and when
/// the minute ends says how many it held back. A cause that comes again after that starts a new
/// minute. Thread-safe; the minute runs on the given clock.</summary>
public sealed class RepeatedWarnings(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<WarningCause, Minute> open = [];

    /// <summary>True when this warning is to be written; otherwise it is counted, and
    /// <paramref name="summarize"/> of the minute's first warning is told the count when the minute ends.</summary>
    public bool Admit(WarningCause cause, Action<int> summarize)
    {
        lock (open)
        {
            if (open.TryGetValue(cause, out var minute))
            {
                minute.HeldBack++;
                return false;
            }
            var timer = clock.CreateTimer(_ => Close(cause), null, Window, Timeout.InfiniteTimeSpan);
            open[cause] = new Minute(summarize, timer);
            return true;
        }
    }

    private void Close(WarningCause cause)
    {
        Minute? minute;
        lock (open)
        {
            if (!open.Remove(cause, out minute)) return;
        }
        minute.Timer.Dispose();
        if (minute.HeldBack > 0) minute.Summarize(minute.HeldBack);
    }

    public void Dispose()
    {
        lock (open)
        {
            foreach (var minute in open.Values) minute.Timer.Dispose();
            open.Clear();
        }
    }

    private sealed class Minute(Action<int> summarize, ITimer timer)
    {
        public Action<int> Summarize { get; } = summarize;
        public ITimer Timer { get; } = timer;
        public int HeldBack { get; set; }
    }
}
