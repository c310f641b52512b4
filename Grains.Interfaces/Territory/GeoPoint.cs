namespace GridActors.Territory;

/// <summary>A WGS 84 position in degrees.</summary>
[GenerateSerializer, Immutable, Alias("geo-point.v1")]
public sealed record GeoPoint(
    [property: Id(0)] double Latitude,
    [property: Id(1)] double Longitude)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsValid =>
        double.IsFinite(Latitude) && double.IsFinite(Longitude)
        && Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;
}
