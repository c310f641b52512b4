namespace GridActors.Territory.Geometry;

/// <summary>One thing wrong with an import. <paramref name="Feature"/> is the 0-based index in
/// <c>features</c> (null for the file as a whole and for gaps); for an overlap it is the lower index of
/// the pair and the message names both; for a gap <paramref name="Code"/> is the smallest area around it.</summary>
public sealed record ImportFinding(int? Feature, string? Code, FindingKind Kind, string Message, double? AreaSquareMetres = null);
