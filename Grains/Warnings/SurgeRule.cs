using System.Globalization;

namespace GridActors.Warnings;

/// <summary>类别激增: the reports of one category in one town within the last <see cref="WarningSettings.SurgeWindow"/>
/// (sliding, ending now) against the same town and category in the <see cref="WarningSettings.SurgeHistory"/>
/// whole windows before it (aligned on China time, so days are calendar days and the baseline moves
/// once a window, not with every instant). It holds while the count is at least
/// <see cref="WarningSettings.SurgeMinimumCases"/> and above mean + k·sd of those windows (population
/// standard deviation, k = <see cref="WarningSettings.SurgeDeviations"/>). Rejected and merged reports do not count.</summary>
public sealed class SurgeRule(WarningSettings settings) : IWarningRule
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);
    private readonly SortedDictionary<(string Town, string Category), ReportTimes> reports = new(Comparer<(string Town, string Category)>.Create((a, b) =>
        string.CompareOrdinal(a.Town, b.Town) is var byTown and not 0 ? byTown : string.CompareOrdinal(a.Category, b.Category)));

    public TimeSpan Horizon => settings.SurgeWindow * (settings.SurgeHistory + 2);

    public void Observe(CaseChange change)
    {
        var c = change.After;
        var key = (c.Town, c.Category);
        if (change.Before is null && !c.Discarded) Times(key).Add(c.ReportedAt, c.Id);
        else if (change.Before is { Discarded: false } && c.Discarded && reports.TryGetValue(key, out var times)) times.Remove(c.ReportedAt, c.Id);
    }

    public IEnumerable<Finding> Evaluate(DateTimeOffset now)
    {
        var window = settings.SurgeWindow;
        var baselineEnd = AlignedAtOrBefore(now - window);
        var baselineStart = baselineEnd - window * settings.SurgeHistory;
        foreach (var ((town, category), times) in reports)
        {
            times.DropBefore(baselineStart);
            var count = times.Between(now - window, now + TimeSpan.FromTicks(1)) - Exactly(times, now - window);
            if (count < settings.SurgeMinimumCases) continue;
            var counts = Enumerable.Range(0, settings.SurgeHistory)
                .Select(i => (double)times.Between(baselineStart + window * i, baselineStart + window * (i + 1))).ToList();
            var mean = counts.Average();
            var sd = Math.Sqrt(counts.Sum(x => (x - mean) * (x - mean)) / counts.Count);
            var threshold = Math.Round(mean + settings.SurgeDeviations * sd, 2);
            if (count <= threshold) continue;
            yield return new Finding($"surge-{town}-{category}", WarningKind.Surge, town,
                $"{town} {category} 类事件激增",
                string.Create(CultureInfo.InvariantCulture,
                    $"{town} 近 {Hours(window)} 小时上报 {category} 类事件 {count} 件，高于前 {settings.SurgeHistory} 个时段的均值 {mean:0.##} 加 {settings.SurgeDeviations:0.##} 倍标准差 {sd:0.##}（阈值 {threshold:0.##}，且不少于 {settings.SurgeMinimumCases} 件）。"),
                category, count, threshold, null, []);
        }
    }

    /// <summary>The window is (now − window, now]: a report exactly one window old has left it.</summary>
    private static int Exactly(ReportTimes times, DateTimeOffset at) => times.Between(at, at + TimeSpan.FromTicks(1));

    private ReportTimes Times((string, string) key)
    {
        if (!reports.TryGetValue(key, out var times)) reports[key] = times = new ReportTimes();
        return times;
    }

    private DateTimeOffset AlignedAtOrBefore(DateTimeOffset at)
    {
        var ticks = (at.UtcTicks + ChinaTime.Ticks) / settings.SurgeWindow.Ticks * settings.SurgeWindow.Ticks - ChinaTime.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static string Hours(TimeSpan span) => span.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
}
