namespace GridActors.Warnings;

/// <summary>Every warning raised so far, with its versions, and which are open, by the condition they
/// stand for. Given what the rules find at a moment, it says what changed: a condition newly true is
/// a warning raised (its id the condition's key and its episode: the same surge again after a clear
/// is a new warning); one still true but saying something else, a new version; one no longer true,
/// the warning cleared.</summary>
public sealed class WarningBook
{
    private readonly Dictionary<string, List<EarlyWarning>> histories = new(StringComparer.Ordinal);
    private readonly Dictionary<WarningKind, SortedDictionary<string, string>> openByKey = [];
    private readonly Dictionary<string, int> episodes = new(StringComparer.Ordinal);

    public WarningHistory? Get(string id) => histories.TryGetValue(id, out var versions) ? new WarningHistory([.. versions]) : null;

    /// <summary>The open warnings whose area lies within <paramref name="area"/>, newest first.</summary>
    public IReadOnlyList<EarlyWarning> Open(string area) =>
    [
        .. openByKey.Values.SelectMany(open => open.Values).Select(id => histories[id][^1]).Where(w => AreaCode.Contains(area, w.Area))
            .OrderByDescending(w => w.RaisedAt).ThenBy(w => w.Id, StringComparer.Ordinal),
    ];

    /// <summary>Takes in a version, made here or read back from the log; one already held changes nothing (false).</summary>
    public bool Record(EarlyWarning w)
    {
        if (!histories.TryGetValue(w.Id, out var versions)) histories[w.Id] = versions = [];
        if (versions.Count > 0 && versions[^1].Version >= w.Version) return false;
        versions.Add(w);
        var (key, episode) = KeyOf(w.Id);
        episodes[key] = Math.Max(episode, episodes.GetValueOrDefault(key));
        if (w.IsOpen) OpenOf(w.Kind)[key] = w.Id;
        else OpenOf(w.Kind).Remove(key);
        return true;
    }

    /// <summary>The versions the findings of one kind at <paramref name="now"/> make, already recorded,
    /// in a stable order: the open warnings of that kind the findings leave out are cleared.</summary>
    public IReadOnlyList<EarlyWarning> Apply(WarningKind kind, IEnumerable<Finding> findings, DateTimeOffset now)
    {
        var open = OpenOf(kind);
        var changes = new List<EarlyWarning>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            if (!found.Add(f.Key)) continue;
            if (open.TryGetValue(f.Key, out var id))
            {
                var latest = histories[id][^1];
                if (!f.SaysTheSameAs(latest)) changes.Add(Said(latest, f) with { Version = latest.Version + 1, ChangedAt = now });
            }
            else
            {
                var episode = episodes.GetValueOrDefault(f.Key) + 1;
                changes.Add(new EarlyWarning($"{f.Key}-{episode}", f.Kind, f.Area, 1, now, now, null,
                    f.Text, f.Description, f.Category, f.Figure, f.Threshold, f.Circle, f.Cases));
            }
        }
        foreach (var (key, id) in open)
            if (!found.Contains(key))
            {
                var latest = histories[id][^1];
                changes.Add(latest with { Version = latest.Version + 1, ChangedAt = now, ClearedAt = now });
            }
        foreach (var change in changes) Record(change);
        return changes;
    }

    private SortedDictionary<string, string> OpenOf(WarningKind kind)
    {
        if (!openByKey.TryGetValue(kind, out var open)) openByKey[kind] = open = new(StringComparer.Ordinal);
        return open;
    }

    private static EarlyWarning Said(EarlyWarning w, Finding f) => w with
    {
        Area = f.Area, Text = f.Text, Description = f.Description, Category = f.Category,
        Figure = f.Figure, Threshold = f.Threshold, Circle = f.Circle, Cases = f.Cases,
    };

    /// <summary>An id is the condition's key, a dash, and the episode's number.</summary>
    private static (string Key, int Episode) KeyOf(string id)
    {
        var dash = id.LastIndexOf('-');
        return (id[..dash], int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
