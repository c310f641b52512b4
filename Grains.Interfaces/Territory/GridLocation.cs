namespace GridActors.Territory;

/// <summary>Where a point falls: its grid (null when it is in none), the areas around it nearest first,
/// why (InGrid, OnSharedEdge, InGap, OutsideTerritory, InvalidPoint, NoTerritory), and a sentence for a person.</summary>
[GenerateSerializer, Immutable, Alias("grid-location.v1")]
public sealed record GridLocation(
    [property: Id(0)] string? GridCode,
    [property: Id(1)] IReadOnlyList<string> AreaPath,
    [property: Id(2)] string Reason,
    [property: Id(3)] string Detail);
