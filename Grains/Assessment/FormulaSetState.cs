namespace GridActors.Assessment;

/// <summary>Every formula set an admin put in force, oldest first: version 2 onwards (1 is shipped).</summary>
[GenerateSerializer, Alias("formula-set-state.v1")]
public sealed class FormulaSetState
{
    [Id(0)] public List<StoredFormulaSet> Versions { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("stored-formula-set.v1")]
public sealed record StoredFormulaSet(
    [property: Id(0)] int Version,
    [property: Id(1)] string Json,
    [property: Id(2)] string ChangedBy,
    [property: Id(3)] DateTimeOffset ChangedAt);
