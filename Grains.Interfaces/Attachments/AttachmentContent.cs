namespace GridActors.Attachments;

/// <summary>A stored photo's bytes and the media type they were judged to be.</summary>
[GenerateSerializer, Immutable, Alias("attachment.content.v1")]
public sealed record AttachmentContent(
    [property: Id(0)] string MediaType,
    [property: Id(1)] byte[] Bytes);
