namespace GridActors.Attachments;

/// <summary>The gateway's way to the attachment store: a stateless worker, so uploads and downloads
/// run beside each other and never queue behind a case. Who may attach to or read which case is the
/// case's to decide; this only keeps bytes by their hash.</summary>
[Alias("attachments")]
public interface IAttachmentGrain : IGrainWithIntegerKey
{
    /// <summary>Stores the bytes once per hash and names them, or answers null when they are not an
    /// allowed photo or are too large (<see cref="AttachmentKinds"/>).</summary>
    [Alias("store")]
    Task<AttachmentRef?> Store(byte[] bytes);

    /// <summary>The bytes stored under a hash, or null.</summary>
    [Alias("read")]
    Task<AttachmentContent?> Read(string hash);
}
