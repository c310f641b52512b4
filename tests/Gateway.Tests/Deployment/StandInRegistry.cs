using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GridActors.Tests.Deployment;

/// <summary>A registry on loopback serving the base images the SDK asks for (<c>dotnet/aspnet</c>,
/// <c>dotnet/runtime</c>), for a machine that cannot reach Microsoft's registry: the images are
/// built through <c>deploy/images.sh</c>'s mirror setting exactly as they would be from a real
/// mirror. Its one image is made here: a layer holding only a note, and the environment
/// Microsoft's images set (<c>APP_UID</c>, <c>ASPNETCORE_HTTP_PORTS</c>), so that nothing the
/// project's images need can come from a real base image's configuration unnoticed.</summary>
public sealed class StandInRegistry : IAsyncDisposable
{
    private const string ManifestType = "application/vnd.docker.distribution.manifest.v2+json";
    private readonly Dictionary<string, byte[]> blobs = [];
    private readonly byte[] manifest;
    private readonly WebApplication app;

    private StandInRegistry(int port)
    {
        Address = $"127.0.0.1:{port}";
        var (layer, diffId) = Layer();
        var config = Json(new JsonObject
        {
            ["architecture"] = "amd64",
            ["os"] = "linux",
            ["config"] = new JsonObject
            {
                ["Env"] = new JsonArray("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "APP_UID=1654",
                    "ASPNETCORE_HTTP_PORTS=8080", "DOTNET_RUNNING_IN_CONTAINER=true"),
            },
            ["rootfs"] = new JsonObject { ["type"] = "layers", ["diff_ids"] = new JsonArray(diffId) },
        });
        manifest = Json(new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = ManifestType,
            ["config"] = Descriptor("application/vnd.docker.container.image.v1+json", Add(config), config.Length),
            ["layers"] = new JsonArray(Descriptor("application/vnd.docker.image.rootfs.diff.tar.gzip", Add(layer), layer.Length)),
        });
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{Address}");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapMethods("/v2/", ["GET", "HEAD"], () => Results.Ok());
        app.MapMethods("/v2/dotnet/{image}/manifests/{reference}", ["GET", "HEAD"], (string image, HttpContext http) =>
        {
            if (image is not ("aspnet" or "runtime")) return Results.NotFound();
            Requested.Add(image);
            http.Response.Headers["Docker-Content-Digest"] = Digest(manifest);
            return Results.Bytes(manifest, ManifestType);
        });
        app.MapMethods("/v2/dotnet/{image}/blobs/{digest}", ["GET", "HEAD"], (string digest) =>
            blobs.TryGetValue(digest, out var blob) ? Results.Bytes(blob, "application/octet-stream") : Results.NotFound());
    }

    /// <summary>host:port, as a mirror setting names it.</summary>
    public string Address { get; }

    /// <summary>The base images asked for (<c>aspnet</c>, <c>runtime</c>), one entry per request.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> Requested { get; } = [];

    public static async Task<StandInRegistry> StartAsync()
    {
        var registry = new StandInRegistry(FreePort.Next());
        await registry.app.StartAsync();
        return registry;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private string Add(byte[] blob)
    {
        var digest = Digest(blob);
        blobs[digest] = blob;
        return digest;
    }

    /// <summary>A gzipped tar of one file; and the digest of the tar itself, which the config names.</summary>
    private static (byte[] Layer, string DiffId) Layer()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            var note = new PaxTarEntry(TarEntryType.RegularFile, "etc/gridactors-stand-in-base")
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes("A test's stand-in for Microsoft's .NET base image.\n")),
            };
            writer.WriteEntry(note);
        }
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(tar.ToArray());
        return (zipped.ToArray(), Digest(tar.ToArray()));
    }

    private static JsonObject Descriptor(string mediaType, string digest, long size) =>
        new() { ["mediaType"] = mediaType, ["size"] = size, ["digest"] = digest };

    private static byte[] Json(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);

    private static string Digest(byte[] bytes) => $"sha256:{Convert.ToHexStringLower(SHA256.HashData(bytes))}";
}
