using System.Diagnostics;
using GridActors.Territory.Geometry;

namespace GridActors.Territory;

/// <summary>This silo's copy of the territory: an immutable <see cref="GridLocator"/>, loaded from the
/// territory grain on first use and swapped whole when the stored version changes. An import on this
/// silo marks it stale at once; another silo's import is noticed within <see cref="Recheck"/>, by asking
/// the territory grain for its version (wall-clock time: this is a cache, not a domain deadline).</summary>
public sealed class TerritoryIndex(IGrainFactory grains)
{
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim loading = new(1, 1);
    private Loaded? current;
    private long generation;

    /// <summary>The stored territory changed: the next lookup asks for its version again.</summary>
    public void Changed() => Interlocked.Increment(ref generation);

    public async Task<Location> Locate(GeoPoint point) => (await Current()).Locator.Locate(point);

    public async Task<IReadOnlyList<string>> Near(GeoPoint point, double metres) => (await Current()).Locator.Near(point, metres);

    /// <summary>The area's grids, unless the caller holds this version already.</summary>
    public async Task<AreaShapes> Shapes(string area, string? unlessVersion)
    {
        var loaded = await Current();
        return loaded.Version is not null && loaded.Version == unlessVersion
            ? new(loaded.Version, null)
            : new(loaded.Version, [.. loaded.Shapes.Where(s => AreaCode.Contains(area, s.Code))]);
    }

    private async Task<Loaded> Current()
    {
        if (Fresh(Volatile.Read(ref current)) is { } fresh) return fresh;
        await loading.WaitAsync();
        try
        {
            var seen = Volatile.Read(ref current);
            if (Fresh(seen) is { } loaded) return loaded;
            // Read before asking, so a change that lands while we ask leaves this copy stale.
            var asOf = Interlocked.Read(ref generation);
            var territory = grains.GetGrain<ITerritoryGrain>(0);
            var version = await territory.GetVersion();
            var next = seen is not null && seen.Version == version
                ? seen with { Generation = asOf, CheckedAt = Stopwatch.GetTimestamp() }
                : Load(await territory.GetSnapshot(), asOf);
            Volatile.Write(ref current, next);
            return next;
        }
        finally
        {
            loading.Release();
        }
    }

    private Loaded? Fresh(Loaded? loaded) =>
        loaded is not null && loaded.Generation == Interlocked.Read(ref generation) && Stopwatch.GetElapsedTime(loaded.CheckedAt) < Recheck
            ? loaded
            : null;

    /// <summary>The stored file was clean when it was applied, so every grid in it reads back.</summary>
    private static Loaded Load(TerritorySnapshot? snapshot, long asOf)
    {
        IReadOnlyList<TerritoryGrid> grids = snapshot is null ? [] : TerritoryImport.Read(snapshot.GeoJson).Grids;
        return new(
            snapshot?.Version,
            GridLocator.Build(grids),
            [.. grids.Select(g => new GridShape(g.Code, g.Name, g.Type, g.BoundaryGeoJson)).OrderBy(g => g.Code, StringComparer.Ordinal)],
            asOf,
            Stopwatch.GetTimestamp());
    }

    private sealed record Loaded(string? Version, GridLocator Locator, IReadOnlyList<GridShape> Shapes, long Generation, long CheckedAt);
}
