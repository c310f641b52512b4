using GridActors.Attachments;

namespace GridActors.Gateway.Attachments;

/// <summary>A photo on a case as the API answers it: what it is, and where to read it.</summary>
public sealed record AttachedPhoto(string Hash, string MediaType, long Size, string Url)
{
    public static AttachedPhoto Of(string caseId, AttachmentRef attachment) =>
        new(attachment.Hash, attachment.MediaType, attachment.Size, AttachmentsApi.UrlOf(caseId, attachment.Hash));
}
