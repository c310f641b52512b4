namespace GridActors.Attachments;

/// <summary>Photos in the database, one row per SHA-256. The host provides one per back end.</summary>
public interface IAttachmentStore
{
    /// <summary>Keeps the bytes under their hash; bytes already stored under it are kept as they are.</summary>
    Task PutAsync(AttachmentRef attachment, byte[] bytes, DateTimeOffset at);

    /// <summary>The bytes stored under a hash, or null.</summary>
    Task<AttachmentContent?> GetAsync(string hash);
}
