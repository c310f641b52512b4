using System.Diagnostics;
using GridActors.Silo.Demo;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using NetTopologySuite.Geometries;

namespace GridActors.Benchmarks.Territory;

/// <summary>Point → grid on a generated district of many grids: the silo's locator (an STR-tree of
/// prepared polygons) beside a scan asking every grid's polygon whether it contains the point; and
/// the import of the file itself (reading, validation, index build).</summary>
public static class LocateRun
{
    public sealed record Figures(
        int Grids, int FileBytes, TimeSpan Generate, TimeSpan Validate, TimeSpan Index, int Findings,
        double IndexedPerSecond, int IndexedLookups, double ScanPerSecond, int ScanLookups, int Disagreements);

    public static Figures Run(int grids, int indexedLookups, int scanLookups)
    {
        var clock = Stopwatch.StartNew();
        var file = DemoDistrict.Generate(seed: 7, grids).GeoJson;
        var generate = clock.Elapsed;

        clock.Restart();
        var report = TerritoryImport.Read(file);
        var validate = clock.Elapsed;
        clock.Restart();
        var locator = GridLocator.Build(report.Grids);
        var index = clock.Elapsed;

        var random = new Random(11);
        var bounds = DemoDistrict.Bounds;
        var points = Enumerable.Range(0, 8192)
            .Select(_ => new GeoPoint(bounds.MinY + random.NextDouble() * bounds.Height, bounds.MinX + random.NextDouble() * bounds.Width))
            .ToArray();
        var factory = report.Grids[0].Boundary.Factory;
        var polygons = report.Grids.Select(g => (g.Code, g.Boundary)).ToArray();
        string? Scan(GeoPoint p)
        {
            var at = factory.CreatePoint(new Coordinate(p.Longitude, p.Latitude));
            foreach (var (code, boundary) in polygons)
                if (boundary.Contains(at)) return code;
            return null;
        }

        // Warm-up long enough for tiered compilation to settle on optimised code (see DeadlineArithmetic).
        for (var i = 0; i < 50_000; i++) locator.Locate(points[i & 8191]);
        for (var i = 0; i < 200; i++) Scan(points[i]);
        Thread.Sleep(500);
        var found = 0;
        clock.Restart();
        for (var i = 0; i < indexedLookups; i++) if (locator.Locate(points[i & 8191]).GridCode is not null) found++;
        var indexed = clock.Elapsed;

        clock.Restart();
        for (var i = 0; i < scanLookups; i++) if (Scan(points[i & 8191]) is not null) found++;
        var scan = clock.Elapsed;
        if (found == -1) Console.WriteLine();

        // A point inside one grid has one owner either way (edges, where the locator picks the lowest code, are measure zero).
        var disagreements = points.Take(scanLookups).Count(p => locator.Locate(p).GridCode != Scan(p));
        return new Figures(report.Grids.Count, System.Text.Encoding.UTF8.GetByteCount(file), generate, validate, index, report.Findings.Count,
            indexedLookups / indexed.TotalSeconds, indexedLookups, scanLookups / scan.TotalSeconds, scanLookups, disagreements);
    }
}
