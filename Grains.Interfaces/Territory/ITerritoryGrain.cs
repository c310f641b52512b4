using GridActors.Access;

namespace GridActors.Territory;

/// <summary>The district's territory as last imported (key 0): the one place a boundary file is
/// checked, applied to the grids, and kept for every silo's locator to load.</summary>
[Alias("territory")]
public interface ITerritoryGrain : IGrainWithIntegerKey
{
    /// <summary>Checks a GeoJSON FeatureCollection of grids and, when it is clean and not a dry run,
    /// defines every grid in it. Only the admin of a whole district, with a file of that district's
    /// grids, while the territory holds no other district's (TerritoryRules).</summary>
    [Alias("import")]
    // A district's thousands of grids take longer than the gateway's short timeout for every other call.
    [ResponseTimeout("00:02:00")]
    Task<TerritoryImportResult> Import(string geoJson, bool dryRun, Actor admin);

    /// <summary>The hash of the file last applied; null before the first import. Read while an
    /// import is defining grids, so it interleaves and answers with what is stored.</summary>
    [Alias("version"), Orleans.Concurrency.AlwaysInterleave]
    Task<string?> GetVersion();

    /// <summary>The districts of the grids in the file last applied.</summary>
    [Alias("districts"), Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<string>> GetDistricts();

    /// <summary>The file last applied, with its version; null before the first import.</summary>
    [Alias("snapshot"), Orleans.Concurrency.AlwaysInterleave]
    Task<TerritorySnapshot?> GetSnapshot();
}
