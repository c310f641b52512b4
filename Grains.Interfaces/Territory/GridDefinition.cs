namespace GridActors.Territory;

/// <summary>What an admin sets on a grid. The code and its area path come from the grid's key.</summary>
[GenerateSerializer, Immutable, Alias("grid.definition.v1")]
public sealed record GridDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] GridType Type);
