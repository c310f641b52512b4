using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace GridActors.Tests.Deployment;

/// <summary>An image tarball as <c>docker load</c> reads it: Docker's layout (<c>manifest.json</c>)
/// or OCI's (<c>index.json</c>), whichever the SDK wrote for the base image's kind.</summary>
public sealed class ImageArchive
{
    private readonly Dictionary<string, byte[]> files;

    private ImageArchive(Dictionary<string, byte[]> files)
    {
        this.files = files;
        if (files.ContainsKey("manifest.json"))
        {
            var entry = JsonNode.Parse(files["manifest.json"])!.AsArray().Single()!;
            Tags = [.. entry["RepoTags"]!.AsArray().Select(t => t!.GetValue<string>())];
            Image = Parse(entry["Config"]!.GetValue<string>());
            Layers = [.. entry["Layers"]!.AsArray().Select(l => l!.GetValue<string>())];
        }
        else
        {
            var index = Parse("index.json");
            var manifest = index["manifests"]!.AsArray().Single()!;
            Tags = [manifest["annotations"]?["io.containerd.image.name"]?.GetValue<string>()
                ?? manifest["annotations"]!["org.opencontainers.image.ref.name"]!.GetValue<string>()];
            var image = Blob(manifest["digest"]!.GetValue<string>());
            Image = Blob(image["config"]!["digest"]!.GetValue<string>());
            Layers = [.. image["layers"]!.AsArray().Select(l => BlobPath(l!["digest"]!.GetValue<string>()))];
        }
    }

    /// <summary>The names it is tagged with, <c>repository:tag</c>.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The image's configuration JSON; its <c>config</c> is what a container starts with.</summary>
    public JsonObject Image { get; }

    public JsonObject Config => Image["config"]!.AsObject();

    public IReadOnlyList<string> Layers { get; }

    public static ImageArchive Read(string path)
    {
        using var file = File.OpenRead(path);
        using var content = Unzipped(file);
        return new ImageArchive(Entries(content));
    }

    /// <summary>The environment a container starts with, by name.</summary>
    public IReadOnlyDictionary<string, string> Environment() =>
        Config["Env"]!.AsArray().Select(e => e!.GetValue<string>().Split('=', 2)).ToDictionary(e => e[0], e => e[1]);

    /// <summary>Unpacks the last layer (the application the SDK added) into <paramref name="folder"/>.</summary>
    public void ExtractTopLayer(string folder)
    {
        Directory.CreateDirectory(folder);
        using var tar = Unzipped(new MemoryStream(files[Layers[^1]]));
        TarFile.ExtractToDirectory(tar, folder, overwriteFiles: true);
    }

    /// <summary>Archives and layers come gzipped or plain, as the writer chose.</summary>
    private static Stream Unzipped(Stream stream)
    {
        var gzipped = stream.ReadByte() == 0x1f && stream.ReadByte() == 0x8b;
        stream.Position = 0;
        return gzipped ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    private JsonObject Parse(string name) => JsonNode.Parse(files[name])!.AsObject();

    private JsonObject Blob(string digest) => Parse(BlobPath(digest));

    private static string BlobPath(string digest) => $"blobs/{digest.Replace(':', '/')}";

    private static Dictionary<string, byte[]> Entries(Stream content)
    {
        var entries = new Dictionary<string, byte[]>();
        using var reader = new TarReader(content);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null) continue;
            using var data = new MemoryStream();
            entry.DataStream.CopyTo(data);
            entries[entry.Name.TrimStart('.', '/')] = data.ToArray();
        }
        return entries;
    }
}
