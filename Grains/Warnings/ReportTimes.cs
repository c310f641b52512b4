namespace GridActors.Warnings;

/// <summary>The report times of a set of cases, sorted, to count those in a span quickly.</summary>
public sealed class ReportTimes
{
    /// <summary>By time, then id (ordinal): the same cases in any order give the same list.</summary>
    private static readonly Comparer<(DateTimeOffset At, string Id)> Order = Comparer<(DateTimeOffset At, string Id)>.Create((a, b) =>
        a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.Id, b.Id));

    private readonly List<(DateTimeOffset At, string Id)> times = [];

    public int Count => times.Count;

    public void Add(DateTimeOffset at, string id)
    {
        var i = times.BinarySearch((at, id), Order);
        if (i < 0) times.Insert(~i, (at, id));
    }

    public void Remove(DateTimeOffset at, string id)
    {
        var i = times.BinarySearch((at, id), Order);
        if (i >= 0) times.RemoveAt(i);
    }

    /// <summary>How many fall in [from, to).</summary>
    public int Between(DateTimeOffset from, DateTimeOffset to) => IndexOf(to) - IndexOf(from);

    /// <summary>Drops those before <paramref name="horizon"/>.</summary>
    public void DropBefore(DateTimeOffset horizon) => times.RemoveRange(0, IndexOf(horizon));


    /// <summary>The index of the first time at or after <paramref name="at"/>.</summary>
    private int IndexOf(DateTimeOffset at)
    {
        var (low, high) = (0, times.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (times[mid].At < at) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
