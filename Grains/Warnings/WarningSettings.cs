namespace GridActors.Warnings;

/// <summary>The thresholds of the early-warning rules (<c>GridActors:Warnings</c>).</summary>
public sealed record WarningSettings
{
    public const string Section = "GridActors:Warnings";

    public static readonly WarningSettings Default = new();

    /// <summary>A surge counts a town's reports of one category in this sliding window …</summary>
    public TimeSpan SurgeWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>… against this many whole windows before it (days in China time, for a day's window) …</summary>
    public int SurgeHistory { get; init; } = 14;

    /// <summary>… and is raised when the count exceeds their mean plus this many standard deviations …</summary>
    public double SurgeDeviations { get; init; } = 3;

    /// <summary>… and is at least this.</summary>
    public int SurgeMinimumCases { get; init; } = 5;

    /// <summary>A repeat spot: this many cases …</summary>
    public int SpotMinimumCases { get; init; } = 3;

    /// <summary>… within this distance of the spot's centre …</summary>
    public double SpotRadiusMetres { get; init; } = 50;

    /// <summary>… reported within this period.</summary>
    public TimeSpan SpotPeriod { get; init; } = TimeSpan.FromDays(30);

    /// <summary>An overdue cluster: this many open cases past their deadline in one village.</summary>
    public int OverdueClusterCases { get; init; } = 3;

    /// <summary>The share of cases handled at town or district level (a department counting as the
    /// district's) the seed aims at …</summary>
    public double ShareTarget { get; init; } = 0.20;

    /// <summary>… and how far it may drift either way before a warning.</summary>
    public double ShareTolerance { get; init; } = 0.10;

    /// <summary>The share counts the cases reported within this period …</summary>
    public TimeSpan ShareWindow { get; init; } = TimeSpan.FromDays(30);

    /// <summary>… once at least this many of them have a handling level.</summary>
    public int ShareMinimumCases { get; init; } = 50;

    /// <summary>Grid operation compliance is judged over this many whole days before today …</summary>
    public int ComplianceDays { get; init; } = 7;

    /// <summary>… and warned of in a town or district when under this share of its grid-days.</summary>
    public double ComplianceThreshold { get; init; } = 0.99;

    /// <summary>How often the follower looks at the log and the time, when nothing was appended on its silo.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The faults of these settings, each naming its key; empty when they can work.</summary>
    public IReadOnlyList<string> Faults()
    {
        var faults = new List<string>();
        void Check(bool ok, string key, string rule) { if (!ok) faults.Add($"{Section}:{key} {rule}"); }
        Check(SurgeWindow > TimeSpan.Zero, nameof(SurgeWindow), "must be positive");
        Check(SurgeHistory >= 2, nameof(SurgeHistory), "must be at least 2");
        Check(SurgeDeviations >= 0, nameof(SurgeDeviations), "must not be negative");
        Check(SurgeMinimumCases >= 1, nameof(SurgeMinimumCases), "must be at least 1");
        Check(SpotMinimumCases >= 2, nameof(SpotMinimumCases), "must be at least 2");
        Check(SpotRadiusMetres > 0, nameof(SpotRadiusMetres), "must be positive");
        Check(SpotPeriod > TimeSpan.Zero, nameof(SpotPeriod), "must be positive");
        Check(OverdueClusterCases >= 1, nameof(OverdueClusterCases), "must be at least 1");
        Check(ShareTarget is >= 0 and <= 1, nameof(ShareTarget), "must be from 0 to 1");
        Check(ShareTolerance is > 0 and <= 1, nameof(ShareTolerance), "must be above 0 and at most 1");
        Check(ShareWindow > TimeSpan.Zero, nameof(ShareWindow), "must be positive");
        Check(ShareMinimumCases >= 1, nameof(ShareMinimumCases), "must be at least 1");
        Check(ComplianceDays >= 1, nameof(ComplianceDays), "must be at least 1");
        Check(ComplianceThreshold is > 0 and <= 1, nameof(ComplianceThreshold), "must be above 0 and at most 1");
        Check(PollInterval > TimeSpan.Zero, nameof(PollInterval), "must be positive");
        return faults;
    }
}
