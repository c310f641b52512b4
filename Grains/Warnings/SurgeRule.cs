using System.Globalization;

namespace GridActors.Warnings;

/// <summary>类别激增: the reports of one category in one town within the last <see cref="WarningSettings.SurgeWindow"/>
/// (sliding, ending now) against the same town and category in the <see cref="WarningSettings.SurgeHistory"/>
/// whole windows before it (aligned on China time, so days are calendar days and the baseline moves
/// once a window, not with every instant); a town and category are judged once their first report lies
/// in the first of those windows or before. It holds while the count is at least
/// <see cref="WarningSettings.SurgeMinimumCases"/> and above mean + k·sd of those windows (population
/// standard deviation, k = <see cref="WarningSettings.SurgeDeviations"/>). Rejected and merged reports do not count.</summary>
public sealed class SurgeRule(WarningSettings settings) : IWarningRule
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <summary>One town's reports of one category, and its baseline as last worked out: it changes
    /// only when the windows move on or a report inside them leaves (rejected, merged).</summary>
    private sealed class Series
    {
        public ReportTimes Times { get; } = new();
        public DateTimeOffset? BaselineEnd { get; set; }
        public double Mean { get; set; }
        public double Sd { get; set; }

        /// <summary>The earliest report seen: a town and category without a baseline's worth of history is not judged.</summary>
        public DateTimeOffset? First { get; set; }

        /// <summary>What it last said, kept while the count and threshold stay.</summary>
        public Finding? Said { get; set; }
    }

    private readonly SortedDictionary<(string Town, string Category), Series> reports = new(Comparer<(string Town, string Category)>.Create((a, b) =>
        string.CompareOrdinal(a.Town, b.Town) is var byTown and not 0 ? byTown : string.CompareOrdinal(a.Category, b.Category)));

    public WarningKind Kind => WarningKind.Surge;

    public TimeSpan Horizon => settings.SurgeWindow * (settings.SurgeHistory + 2);

    public void Observe(CaseChange change)
    {
        var c = change.After;
        var key = (c.Town, c.Category);
        if (change.Before is null && !c.Discarded)
        {
            var series = Changed(Of(key), c.ReportedAt);
            series.Times.Add(c.ReportedAt, c.Id);
            if (series.First is null || c.ReportedAt < series.First) series.First = c.ReportedAt;
        }
        else if (change.Before is { Discarded: false } && c.Discarded && reports.TryGetValue(key, out var series))
            Changed(series, c.ReportedAt).Times.Remove(c.ReportedAt, c.Id);
    }

    public IEnumerable<Finding> Evaluate(DateTimeOffset now)
    {
        var window = settings.SurgeWindow;
        var baselineEnd = AlignedAtOrBefore(now - window);
        var baselineStart = baselineEnd - window * settings.SurgeHistory;
        foreach (var ((town, category), series) in reports)
        {
            var times = series.Times;
            times.DropBefore(baselineStart);
            var count = times.Between(now - window, now + TimeSpan.FromTicks(1)) - Exactly(times, now - window);
            if (count < settings.SurgeMinimumCases || !(series.First < baselineStart + window)) continue;
            if (series.BaselineEnd != baselineEnd) Baseline(series, baselineStart, baselineEnd);
            var (mean, sd) = (series.Mean, series.Sd);
            var threshold = Math.Round(mean + settings.SurgeDeviations * sd, 2);
            if (count <= threshold) continue;
            if (series.Said is { } said && said.Figure == count && said.Threshold == threshold)
            {
                yield return said;
                continue;
            }
            yield return series.Said = new Finding($"surge-{town}-{category}", WarningKind.Surge, town,
                $"{town} {category} 类事件激增",
                string.Create(CultureInfo.InvariantCulture,
                    $"{town} 近 {Hours(window)} 小时上报 {category} 类事件 {count} 件，高于前 {settings.SurgeHistory} 个时段的均值 {mean:0.##} 加 {settings.SurgeDeviations:0.##} 倍标准差 {sd:0.##}（阈值 {threshold:0.##}，且不少于 {settings.SurgeMinimumCases} 件）。"),
                category, count, threshold, null, []);
        }
    }

    private void Baseline(Series series, DateTimeOffset start, DateTimeOffset end)
    {
        var window = settings.SurgeWindow;
        var counts = Enumerable.Range(0, settings.SurgeHistory)
            .Select(i => (double)series.Times.Between(start + window * i, start + window * (i + 1))).ToList();
        var mean = counts.Average();
        (series.BaselineEnd, series.Mean, series.Sd) = (end, mean, Math.Sqrt(counts.Sum(x => (x - mean) * (x - mean)) / counts.Count));
    }

    /// <summary>A report before the baseline's end changes the baseline.</summary>
    private static Series Changed(Series series, DateTimeOffset at)
    {
        if (at < series.BaselineEnd) series.BaselineEnd = null;
        return series;
    }

    /// <summary>The window is (now − window, now]: a report exactly one window old has left it.</summary>
    private static int Exactly(ReportTimes times, DateTimeOffset at) => times.Between(at, at + TimeSpan.FromTicks(1));

    private Series Of((string, string) key)
    {
        if (!reports.TryGetValue(key, out var series)) reports[key] = series = new Series();
        return series;
    }

    private DateTimeOffset AlignedAtOrBefore(DateTimeOffset at)
    {
        var ticks = (at.UtcTicks + ChinaTime.Ticks) / settings.SurgeWindow.Ticks * settings.SurgeWindow.Ticks - ChinaTime.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static string Hours(TimeSpan span) => span.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
}
