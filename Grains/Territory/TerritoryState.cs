namespace GridActors.Territory;

/// <summary>The file last applied, as text. Boundaries at full precision are the bulk of it, and an
/// import is capped at 20 MB (<see cref="ImportOptions"/>): one row that size is fine for a
/// district that re-imports now and then; a province would keep the file outside grain state.</summary>
[GenerateSerializer, Alias("territory.state.v1")]
public sealed class TerritoryState
{
    [Id(0)] public string? Version { get; set; }
    [Id(1)] public string? GeoJson { get; set; }

    /// <summary>The codes of the grids in the file, to see which a new file drops.</summary>
    [Id(2)] public List<string> Grids { get; set; } = [];

    /// <summary>Files applied: the version of the latest in the log's territory stream.</summary>
    [Id(3)] public long Applied { get; set; }

    [Id(4)] public List<string> LastRetired { get; set; } = [];
}
