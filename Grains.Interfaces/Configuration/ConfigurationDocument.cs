namespace GridActors.Configuration;

/// <summary>A settings document as JSON in the shape of its file, and its tag: a hash of that JSON,
/// the entity tag an admin sends back in <c>If-Match</c>.</summary>
[GenerateSerializer, Immutable, Alias("configuration-document.v1")]
public sealed record ConfigurationDocument(
    [property: Id(0)] string Json,
    [property: Id(1)] string Tag);
