using System.Globalization;
using System.Xml.Linq;
using GridActors.Gateway.Areas;
using GridActors.Territory;
using GridActors.Warnings;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace GridActors.Gateway.Warnings;

/// <summary>Where a warning is, as CAP's <c>area</c>: a spot's circle, or the outline of the grids of
/// the area it concerns in the territory in force (their union, one polygon per separate piece; CAP
/// polygons have no holes, so a hole is drawn filled). An area without imported boundaries has its
/// description alone.</summary>
public sealed class CapArea(MapShapes shapes)
{
    public async Task<XElement> Of(EarlyWarning w)
    {
        var area = new XElement(CapAlert.Cap + "area", new XElement(CapAlert.Cap + "areaDesc", Describe(w.Area)));
        if (w.Circle is { } circle)
        {
            area.Add(new XElement(CapAlert.Cap + "circle", string.Create(CultureInfo.InvariantCulture,
                $"{circle.Centre.Latitude:0.######},{circle.Centre.Longitude:0.######} {circle.RadiusMetres / 1000:0.###}")));
            return area;
        }
        var grids = (await shapes.Of(w.Area)).Grids;
        if (grids.Count == 0) return area;
        var outline = UnaryUnionOp.Union(grids.Select(g => g.Boundary).ToList());
        for (var i = 0; i < outline.NumGeometries; i++)
            if (outline.GetGeometryN(i) is Polygon piece)
                area.Add(new XElement(CapAlert.Cap + "polygon", string.Join(' ', piece.ExteriorRing.Coordinates.Select(c =>
                    string.Create(CultureInfo.InvariantCulture, $"{c.Y:0.######},{c.X:0.######}")))));
        return area;
    }

    private static string Describe(string code) => AreaCode.LevelOf(code) switch
    {
        AreaLevel.District => $"{code} 区",
        AreaLevel.Town => $"{code} 镇（街道）",
        AreaLevel.Village => $"{code} 村（社区）",
        _ => $"{code} 网格",
    };
}
