namespace GridActors.Warnings;

/// <summary>超期聚集: at least <see cref="WarningSettings.OverdueClusterCases"/> open cases of one
/// village past their case deadline at once (a deferred case's clock is stopped, so it does not count).
/// Deadlines wait in a queue and a case joins its village's overdue ones as its deadline passes, so an
/// evaluation costs what changed, not a pass over every open case. Time only moves forward.</summary>
public sealed class OverdueClusterRule(WarningSettings settings) : IWarningRule
{
    private sealed class Village
    {
        public SortedSet<string> Overdue { get; } = new(StringComparer.Ordinal);
        public bool Changed { get; set; }
        public Finding? Said { get; set; }
    }

    /// <summary>The cases on the clock: their village and deadline.</summary>
    private readonly Dictionary<string, (string Village, DateTimeOffset Due)> running = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> deadlines = new();
    private readonly SortedDictionary<string, Village> villages = new(StringComparer.Ordinal);

    public WarningKind Kind => WarningKind.OverdueCluster;

    public TimeSpan Horizon => TimeSpan.Zero;

    public void Observe(CaseChange change)
    {
        var c = change.After;
        DateTimeOffset? due = c.Running ? c.Deadline : null;
        if (running.TryGetValue(c.Id, out var held) && held.Due == due) return;
        // Off the clock, or a new deadline (an extension): no longer overdue until that one passes.
        if (Of(c.Village) is var village && village.Overdue.Remove(c.Id)) village.Changed = true;
        if (due is not { } at)
        {
            running.Remove(c.Id);
            return;
        }
        running[c.Id] = (c.Village, at);
        deadlines.Enqueue(c.Id, at);
    }

    public IEnumerable<Finding> Evaluate(DateTimeOffset now)
    {
        while (deadlines.TryPeek(out var id, out var due) && due < now)
        {
            deadlines.Dequeue();
            // A queued deadline since moved or stopped is passed over.
            if (!running.TryGetValue(id, out var held) || held.Due != due) continue;
            var village = Of(held.Village);
            if (village.Overdue.Add(id)) village.Changed = true;
        }
        foreach (var (code, village) in villages)
        {
            if (village.Changed)
            {
                village.Said = village.Overdue.Count < settings.OverdueClusterCases ? null : Found(code, village.Overdue);
                village.Changed = false;
            }
            if (village.Said is { } said) yield return said;
        }
    }

    private Finding Found(string village, SortedSet<string> overdue) =>
        new($"overdue-{village}", WarningKind.OverdueCluster, village,
            $"{village} 村（社区）{overdue.Count} 件事件超期",
            $"{village} 村（社区）有 {overdue.Count} 件在办事件已超过办结时限（{settings.OverdueClusterCases} 件及以上即预警），请督办。",
            null, overdue.Count, settings.OverdueClusterCases, null, [.. overdue]);

    private Village Of(string code)
    {
        if (!villages.TryGetValue(code, out var village)) villages[code] = village = new Village();
        return village;
    }
}
