namespace GridActors.Territory;

[GenerateSerializer, Alias("grid.state.v1")]
public sealed class GridState
{
    [Id(0)] public bool Defined { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public GridType Type { get; set; }
    [Id(3)] public SortedSet<string> Workers { get; set; } = new(StringComparer.Ordinal);
    // Id 4 held the case ledger before the event log: a grid now reads its cases from the case rows.
    [Id(5)] public TimeSpan PatrolCadence { get; set; } = GridDutyRules.DefaultPatrolCadence;
    /// <summary>When the grid was first defined: the patrol clock's start before any patrol.</summary>
    [Id(6)] public DateTimeOffset? DutiesSince { get; set; }
    [Id(7)] public DateTimeOffset? LastPatrolAt { get; set; }
    /// <summary>Open alerts by id: the grid's own and those its register raised.</summary>
    [Id(8)] public Dictionary<string, Alert> Alerts { get; set; } = [];
    [Id(9)] public bool Retired { get; set; }
    /// <summary>Patrols recorded: the version of the latest in the log's patrol stream.</summary>
    [Id(10)] public long Patrols { get; set; }
    /// <summary>The patrol that last met the duty, so the same patrol told again is not counted twice.</summary>
    [Id(11)] public string? LastPatrolId { get; set; }
}
