using System.Globalization;
using GridActors.Incidents;

namespace GridActors.Warnings;

/// <summary>流转占比偏离: of the cases reported in each town and in the district within the last
/// <see cref="WarningSettings.ShareWindow"/> that have a handling level, the share handled at town or
/// district level (a department counting as the district's), as the boards count it. It holds once at
/// least <see cref="WarningSettings.ShareMinimumCases"/> count and the share, to the whole percent, lies
/// more than <see cref="WarningSettings.ShareTolerance"/> from <see cref="WarningSettings.ShareTarget"/>.</summary>
public sealed class ShareDriftRule(WarningSettings settings) : IWarningRule
{
    private sealed class Area
    {
        public ReportTimes Levelled { get; } = new();
        public ReportTimes Upper { get; } = new();

        /// <summary>What it said at the share it said it for.</summary>
        public Finding? Said { get; set; }
    }

    private readonly SortedDictionary<string, Area> areas = new(StringComparer.Ordinal);

    public WarningKind Kind => WarningKind.ShareDrift;

    public TimeSpan Horizon => settings.ShareWindow;

    public void Observe(CaseChange change)
    {
        var (before, after) = (change.Before, change.After);
        var (was, wasUpper) = Counted(before);
        var (now, nowUpper) = Counted(after);
        if ((was, wasUpper) == (now, nowUpper)) return;
        foreach (var code in new[] { after.Town, after.District })
        {
            var area = Of(code);
            if (was) area.Levelled.Remove(after.ReportedAt, after.Id);
            if (wasUpper) area.Upper.Remove(after.ReportedAt, after.Id);
            if (now) area.Levelled.Add(after.ReportedAt, after.Id);
            if (nowUpper) area.Upper.Add(after.ReportedAt, after.Id);
        }
    }

    public IEnumerable<Finding> Evaluate(DateTimeOffset now)
    {
        var from = now - settings.ShareWindow;
        var to = now + TimeSpan.FromTicks(1);
        foreach (var (code, area) in areas)
        {
            area.Levelled.DropBefore(from);
            area.Upper.DropBefore(from);
            var total = area.Levelled.Between(from, to);
            if (total < settings.ShareMinimumCases) continue;
            var upper = area.Upper.Between(from, to);
            var share = Math.Round((double)upper / total, 2);
            if (Math.Abs(share - settings.ShareTarget) <= settings.ShareTolerance + 1e-9) continue;
            if (area.Said?.Figure != share) area.Said = Found(code, share);
            yield return area.Said;
        }
    }

    /// <summary>Says the share to the whole percent, not the counts: a warning changes when the share does,
    /// not with every case.</summary>
    private Finding Found(string code, double share)
    {
        var direction = share > settings.ShareTarget ? "偏高" : "偏低";
        return new Finding($"share-{code}", WarningKind.ShareDrift, code,
            $"{code} 区镇两级流转占比{direction}（{Percent(share)}）",
            $"{code} 近 {settings.ShareWindow.TotalDays.ToString("0.##", CultureInfo.InvariantCulture)} 天已派遣的事件中，由镇、区两级（含职能部门）办理的占 {Percent(share)}，目标 {Percent(settings.ShareTarget)}，允许偏离 {Percent(settings.ShareTolerance)}（不少于 {settings.ShareMinimumCases} 件时评估）。",
            null, share, settings.ShareTarget, null, []);
    }

    private static (bool Levelled, bool Upper) Counted(TrackedCase? c) =>
        c is null || c.Discarded || c.Level is not { } level ? (false, false)
            : (true, level is HandlingLevel.Town or HandlingLevel.District or HandlingLevel.Department);

    private Area Of(string code)
    {
        if (!areas.TryGetValue(code, out var area)) areas[code] = area = new Area();
        return area;
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
