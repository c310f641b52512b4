namespace GridActors.Warnings;

/// <summary>超期聚集: at least <see cref="WarningSettings.OverdueClusterCases"/> open cases of one
/// village past their case deadline at once (a deferred case's clock is stopped, so it does not count).</summary>
public sealed class OverdueClusterRule(WarningSettings settings) : IWarningRule
{
    private readonly SortedDictionary<string, Dictionary<string, DateTimeOffset>> dueByVillage = new(StringComparer.Ordinal);

    public TimeSpan Horizon => TimeSpan.Zero;

    public void Observe(CaseChange change)
    {
        var c = change.After;
        if (!dueByVillage.TryGetValue(c.Village, out var due)) dueByVillage[c.Village] = due = new(StringComparer.Ordinal);
        if (c.Running && c.Deadline is { } deadline) due[c.Id] = deadline;
        else due.Remove(c.Id);
    }

    public IEnumerable<Finding> Evaluate(DateTimeOffset now)
    {
        foreach (var (village, due) in dueByVillage)
        {
            if (due.Count < settings.OverdueClusterCases) continue;
            var overdue = due.Where(d => d.Value < now).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
            if (overdue.Count < settings.OverdueClusterCases) continue;
            yield return new Finding($"overdue-{village}", WarningKind.OverdueCluster, village,
                $"{village} 村（社区）{overdue.Count} 件事件超期",
                $"{village} 村（社区）有 {overdue.Count} 件在办事件已超过办结时限（{settings.OverdueClusterCases} 件及以上即预警），请督办。",
                null, overdue.Count, settings.OverdueClusterCases, null, overdue);
        }
    }
}
