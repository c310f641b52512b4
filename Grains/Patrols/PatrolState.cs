namespace GridActors.Patrols;

[GenerateSerializer, Alias("patrol.state.v1")]
public sealed class PatrolState
{
    [Id(0)] public string? GridCode { get; set; }
    [Id(1)] public string? WorkerId { get; set; }
    [Id(2)] public DateTimeOffset StartedAt { get; set; }
    [Id(3)] public DateTimeOffset? StoppedAt { get; set; }
    [Id(4)] public List<RouteSample> Route { get; set; } = [];
    [Id(5)] public double? Coverage { get; set; }
    /// <summary>The grid has recorded the stopped patrol: a later stop must not record it again.</summary>
    [Id(6)] public bool Recorded { get; set; }

    public bool Started => GridCode is not null;

    public PatrolView ToView(string id) => new(id, GridCode!, WorkerId!, StartedAt, StoppedAt, [.. Route], Coverage);
}
