using Orleans.Concurrency;

namespace GridActors.Attachments;

/// <summary>Judges and names the bytes on the silo, so nothing reaches the store that the rules would
/// not let in, whoever calls.</summary>
[StatelessWorker, Reentrant]
public sealed class AttachmentGrain(IAttachmentStore store, TimeProvider clock) : Grain, IAttachmentGrain
{
    public async Task<AttachmentRef?> Store(byte[] bytes)
    {
        if (bytes.LongLength > AttachmentKinds.MaxBytes || AttachmentKinds.Sniff(bytes) is not { } mediaType) return null;
        var attachment = new AttachmentRef(AttachmentKinds.HashOf(bytes), mediaType, bytes.LongLength);
        await store.PutAsync(attachment, bytes, clock.GetUtcNow());
        return attachment;
    }

    public Task<AttachmentContent?> Read(string hash) =>
        AttachmentKinds.IsHash(hash) ? store.GetAsync(hash) : Task.FromResult<AttachmentContent?>(null);
}
