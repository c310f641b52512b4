using GridActors.Attachments;

namespace GridActors.Gateway.Attachments;

/// <summary>Reads an upload's body, never more than one byte past the limit, so an oversized photo
/// is refused without being held whole.</summary>
public static class PhotoUpload
{
    /// <summary>The body's bytes, or null when it is larger than <see cref="AttachmentKinds.MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > AttachmentKinds.MaxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > AttachmentKinds.MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
