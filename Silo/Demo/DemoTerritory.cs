namespace GridActors.Silo.Demo;

/// <summary>A generated district: its grids as a FeatureCollection in the import format, a worker or more
/// per grid, the names of its district, towns and villages by code (the file names only grids), and
/// made-up people for the grids' registers.</summary>
public sealed record DemoTerritory(
    string GeoJson,
    IReadOnlyList<DemoWorker> Workers,
    IReadOnlyDictionary<string, string> AreaNames,
    IReadOnlyList<DemoRegisterEntry> Registers);
