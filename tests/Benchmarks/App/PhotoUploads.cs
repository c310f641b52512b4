using System.Net;
using System.Net.Http.Headers;
using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.App;

/// <summary>Photos as the app uploads them: raw bytes as the body, each a different photo (the
/// gateway stores a photo it has seen once only, which would measure nothing), of the size a phone
/// sends after resizing and re-encoding.</summary>
public sealed class PhotoUploads(int count, int size, int firstSeed = 0)
{
    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00];

    /// <summary>Distinct photos: a JPEG's first bytes (the gateway judges the type by them), then noise.</summary>
    private readonly byte[][] photos = [.. Enumerable.Range(0, count).Select(n =>
    {
        var bytes = new byte[size];
        new Random(firstSeed + n).NextBytes(bytes);
        JpegStart.CopyTo(bytes, 0);
        return bytes;
    })];

    public int Size => size;

    /// <summary>Uploads every photo once, <paramref name="concurrency"/> in flight, to the path <paramref name="pathOf"/> gives photo n.</summary>
    public Task<Throughput> Run(HttpClient http, string token, int concurrency, Func<int, string> pathOf, HttpStatusCode expected) =>
        ClosedLoop.Run(concurrency, count, TimeSpan.FromMinutes(2), async n =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, pathOf(n)) { Content = new ByteArrayContent(photos[n - 1]) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            return response.StatusCode == expected;
        });
}
