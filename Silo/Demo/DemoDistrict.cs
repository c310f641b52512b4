using System.Text;
using System.Text.Json;
using GridActors.Registers;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using NetTopologySuite.Geometries;

namespace GridActors.Silo.Demo;

/// <summary>A demo district around Wujin, Changzhou (武进区, 320412): a rectangle of about 28 × 33 km cut
/// into town strips, each into village bands, each into grid cells (see <see cref="VillageCells"/>).
/// The same seed always gives the same file, names and workers.</summary>
public static class DemoDistrict
{
    public const string Code = "320412";
    public const string Name = "武进区";

    /// <summary>West, south, east, north in degrees: around 31.70° N, 119.95° E.</summary>
    public static Envelope Bounds { get; } = new(119.80, 120.10, 31.55, 31.85);

    public static DemoTerritory Generate(int seed, DemoShape shape)
    {
        var random = new Random(seed);
        return Build(random, [.. Enumerable.Range(0, shape.Towns).Select(_ => Enumerable.Range(0, shape.VillagesPerTown)
            .Select(_ => random.Next(shape.MinGridsPerVillage, shape.MaxGridsPerVillage + 1)).ToArray())]);
    }

    /// <summary>Exactly <paramref name="grids"/> grids (for benchmarks): about 14 per village, and as many towns as villages per town.</summary>
    public static DemoTerritory Generate(int seed, int grids)
    {
        var villages = Math.Max(1, (int)Math.Ceiling(grids / 14.0));
        var towns = Math.Max(1, (int)Math.Round(Math.Sqrt(villages)));
        var perTown = (int)Math.Ceiling(villages / (double)towns);
        var slots = towns * perTown;
        return Build(new Random(seed), [.. Enumerable.Range(0, towns).Select(t => Enumerable.Range(0, perTown)
            .Select(v => grids / slots + (t * perTown + v < grids % slots ? 1 : 0)).Where(n => n > 0).ToArray())]);
    }

    private static DemoTerritory Build(Random random, int[][] gridsPerVillage)
    {
        var names = new Dictionary<string, string> { [Code] = Name };
        var workers = new List<DemoWorker>();
        var grids = new List<(string Code, string Name)>();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = GeoJson.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            var townNames = DemoNames.Towns(gridsPerVillage.Length, random);
            var townEdges = Edges(Bounds.MinX, Bounds.MaxX, gridsPerVillage.Length, random);
            for (var t = 0; t < gridsPerVillage.Length; t++)
            {
                var town = $"{Code}{101 + t:D3}";
                names[town] = townNames[t];
                var villageNames = DemoNames.Villages(townNames[t], gridsPerVillage[t].Length, random);
                var villageEdges = Edges(Bounds.MinY, Bounds.MaxY, gridsPerVillage[t].Length, random);
                for (var v = 0; v < gridsPerVillage[t].Length; v++)
                {
                    var village = $"{town}{v + 1:D3}";
                    names[village] = villageNames[v];
                    var extent = new Envelope(townEdges[t], townEdges[t + 1], villageEdges[v], villageEdges[v + 1]);
                    var cells = VillageCells.Cut(extent, gridsPerVillage[t][v], random);
                    var digits = Math.Max(2, cells.Count.ToString().Length);
                    for (var g = 0; g < cells.Count; g++)
                    {
                        var code = $"{village}-{(g + 1).ToString($"D{digits}")}";
                        var type = DemoNames.AnyGridType(random);
                        var name = DemoNames.Grid(villageNames[v], g + 1, type);
                        WriteGrid(json, code, name, type, cells[g]);
                        grids.Add((code, name));
                        workers.AddRange(DemoNames.Crew(type, random).Select((kind, k) => new DemoWorker($"w-{code}-{k + 1}", DemoNames.Person(random), kind, code)));
                    }
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        // Drawn after everything else, so adding registers left the generated territory as it was.
        return new(Encoding.UTF8.GetString(buffer.ToArray()), workers, names, Registers(grids, new Random(random.Next())));
    }

    /// <summary>Up to three made-up people per grid: mostly vulnerable people visited every week or
    /// two, some key persons visited monthly.</summary>
    private static List<DemoRegisterEntry> Registers(IEnumerable<(string Code, string Name)> grids, Random random) =>
        [.. grids.SelectMany(grid => Enumerable.Range(0, random.Next(4)).Select(_ => random.NextDouble() < 0.7
            ? new DemoRegisterEntry(grid.Code, RegisterKind.VulnerablePerson, DemoNames.Person(random), $"{grid.Name}{random.Next(1, 200)}号", random.Next(2) == 0 ? 7 : 14)
            : new DemoRegisterEntry(grid.Code, RegisterKind.KeyPerson, DemoNames.Person(random), $"{grid.Name}{random.Next(1, 200)}号", 30)))];

    /// <summary>Cuts [from, to] into parts of 80–120% of an even share. The last edge is <paramref name="to"/> itself,
    /// so the next strip or band starts on exactly the same number and they meet without a sliver.</summary>
    private static double[] Edges(double from, double to, int parts, Random random)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => 0.8 + 0.4 * random.NextDouble()).ToArray();
        var total = weights.Sum();
        var edges = new double[parts + 1];
        edges[0] = from;
        for (var i = 1; i < parts; i++) edges[i] = edges[i - 1] + (to - from) * weights[i - 1] / total;
        edges[parts] = to;
        return edges;
    }

    private static void WriteGrid(Utf8JsonWriter json, string code, string name, GridType type, Coordinate[] ring)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        json.WriteString("code", code);
        json.WriteString("name", name);
        json.WriteString("type", type.ToString());
        foreach (var (property, area) in new[] { "village", "town", "district" }.Zip(AreaCode.Ancestors(code)))
            json.WriteString(property, area);
        json.WriteEndObject();
        json.WritePropertyName("geometry");
        // Rounded to 1e-7° (about a centimetre) for a compact file. Rounding is a function of the value,
        // and neighbours hold the very same values, so they still share their vertices exactly.
        var rounded = ring.Select(c => new Coordinate(Math.Round(c.X, 7), Math.Round(c.Y, 7))).ToArray();
        JsonSerializer.Serialize(json, GeoJson.Factory.CreatePolygon(rounded), GeoJson.Options);
        json.WriteEndObject();
    }
}
