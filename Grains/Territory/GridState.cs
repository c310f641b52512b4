namespace GridActors.Territory;

[GenerateSerializer, Alias("grid.state.v1")]
public sealed class GridState
{
    [Id(0)] public bool Defined { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public GridType Type { get; set; }
    [Id(3)] public SortedSet<string> Workers { get; set; } = new(StringComparer.Ordinal);
    [Id(4)] public CaseLedger Cases { get; set; } = new();
    [Id(5)] public bool Retired { get; set; }
}
