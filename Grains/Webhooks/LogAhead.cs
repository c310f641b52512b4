using System.Diagnostics.CodeAnalysis;
using GridActors.Log;

namespace GridActors.Webhooks;

/// <summary>The events a subscription last read from the log, with their cases' grids, taken one at a
/// time. The subscription goes on from them while its cursor is at the last one taken (the receiver took
/// it), rather than reading the log again for every post; a failure or a redelivery moves the cursor
/// elsewhere, and the log is read again from there.</summary>
public sealed class LogAhead
{
    private readonly Queue<LoggedEvent> events = new();
    private long at = -1;

    public IReadOnlyDictionary<string, string> Grids { get; private set; } = new Dictionary<string, string>();

    /// <summary>Whether the next event is the one after <paramref name="cursor"/> in the log.</summary>
    public bool Continues(long cursor) => events.Count > 0 && at == cursor;

    /// <summary>The log as read after <paramref name="after"/>.</summary>
    public void Fill(long after, IReadOnlyList<LoggedEvent> read, IReadOnlyDictionary<string, string> grids)
    {
        events.Clear();
        foreach (var e in read) events.Enqueue(e);
        at = after;
        Grids = grids;
    }

    public bool TryNext([MaybeNullWhen(false)] out LoggedEvent next)
    {
        if (!events.TryDequeue(out next)) return false;
        at = next.Sequence;
        return true;
    }
}
