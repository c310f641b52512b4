using System.Security.Cryptography;
using System.Text;
using GridActors.Territory;
using Microsoft.Net.Http.Headers;

namespace GridActors.Gateway.Areas;

/// <summary>The entity tag of an area's map: a hash of everything the body is made of (the territory
/// version, the zoom as far as it changes the drawing, and each drawn grid's counts and light), so it
/// changes exactly when the map would. Strong: the same inputs write the same bytes.</summary>
public static class MapTag
{
    public static EntityTagHeaderValue Of(AreaOutline outline, int? zoom, IReadOnlyList<GridLight> lights)
    {
        var drawn = outline.Grids.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder()
            .Append(outline.Version ?? "none").Append('|')
            .Append(MapZoom.Detail(zoom)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "full");
        foreach (var light in lights.Where(l => drawn.Contains(l.Code)).OrderBy(l => l.Code, StringComparer.Ordinal))
            text.Append('|').Append(light.Code).Append(':').Append(light.OpenCases).Append(':').Append(light.WorstLight).Append(':').Append(light.Alerts);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
        return new EntityTagHeaderValue($"\"{hash}\"");
    }
}
