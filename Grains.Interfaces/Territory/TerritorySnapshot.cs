namespace GridActors.Territory;

/// <summary>The territory file last applied and its version (the SHA-256 of its text, hex).</summary>
[GenerateSerializer, Immutable, Alias("territory.snapshot.v1")]
public sealed record TerritorySnapshot(
    [property: Id(0)] string Version,
    [property: Id(1)] string GeoJson);
