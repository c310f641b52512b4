namespace GridActors.Attachments;

/// <summary>A stored photo as a case names it: its SHA-256 (lowercase hex), what its bytes are, and
/// how many there are. The bytes themselves live in the attachment store, once per hash.</summary>
[GenerateSerializer, Immutable, Alias("attachment.ref.v1")]
public sealed record AttachmentRef(
    [property: Id(0)] string Hash,
    [property: Id(1)] string MediaType,
    [property: Id(2)] long Size);
