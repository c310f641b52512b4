using System.Security.Cryptography;

namespace GridActors.Attachments;

/// <summary>What may be attached to a case: JPEG, PNG or WebP photos of at most <see cref="MaxBytes"/>,
/// judged by their first bytes, never by a file name or a declared content type.</summary>
public static class AttachmentKinds
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";

    public const string Allowed = "a JPEG, PNG or WebP image";

    static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    static readonly byte[] PngStart = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The media type the bytes are, or null when they are none of the allowed kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(JpegStart)) return Jpeg;
        if (bytes.StartsWith(PngStart)) return Png;
        // RIFF <size> WEBP: a RIFF container holding WebP, not any RIFF (WAV and AVI are RIFF too).
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return WebP;
        return null;
    }

    /// <summary>The name a photo is stored and served under: its SHA-256 in lowercase hex.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public const string HashRule = "an attachment is named by its SHA-256: 64 lowercase hex digits";

    public static bool IsHash(string? text) =>
        text is { Length: 64 } && text.All(ch => ch is >= '0' and <= '9' or >= 'a' and <= 'f');
}
