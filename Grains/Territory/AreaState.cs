namespace GridActors.Territory;

/// <summary>What an area persists: only its children. Its ledger is rebuilt from them.</summary>
[GenerateSerializer, Alias("area.state.v1")]
public sealed class AreaState
{
    [Id(0)] public SortedSet<string> Children { get; set; } = new(StringComparer.Ordinal);
}
