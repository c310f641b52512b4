using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GridActors.Gateway.Areas;

/// <summary>Geometry in and out of JSON for the map: WGS 84 (SRID 4326) at floating precision, as RFC 7946
/// has it, with the grids' Chinese names written as they are rather than escaped.</summary>
public static class MapJson
{
    public const string MediaType = "application/geo+json";

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new GeoJsonConverterFactory(Factory, writeGeometryBBox: true) },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The box around all the geometries; empty for none.</summary>
    public static Envelope Extent(IEnumerable<Geometry> geometries)
    {
        var extent = new Envelope();
        foreach (var g in geometries) extent.ExpandToInclude(g.EnvelopeInternal);
        return extent;
    }
}
