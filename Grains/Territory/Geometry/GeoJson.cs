using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GridActors.Territory.Geometry;

/// <summary>The one way geometry crosses JSON here: WGS 84 (SRID 4326) with floating precision, as RFC 7946 has it.</summary>
public static class GeoJson
{
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), 4326);

    /// <summary>Chinese names stay readable in stored files; everything outside Latin and CJK is still escaped.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new GeoJsonConverterFactory(Factory) },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.CjkUnifiedIdeographs, UnicodeRanges.HalfwidthandFullwidthForms),
    };
}
