namespace GridActors.Territory.Geometry;

/// <summary>What an import found wrong. The first four refuse the whole file; the rest are per feature
/// or, for overlaps and gaps, between features.</summary>
public enum FindingKind
{
    NotJson,
    NotFeatureCollection,
    TooLarge,
    TooManyFeatures,
    /// <summary>An entry of <c>features</c> that is not a GeoJSON Feature object.</summary>
    MalformedFeature,
    MissingCode,
    MalformedCode,
    MissingName,
    UnknownType,
    NotPolygon,
    CoordinatesOutOfRange,
    InvalidPolygon,
    ParentMismatch,
    DuplicateCode,
    Overlap,
    Gap,
}
