using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace GridActors.Configuration;

/// <summary>How configuration files are read: comments allowed (data files carry their sources and
/// caveats beside the values), camelCase names, and the shipped copies embedded in this assembly.</summary>
internal static class ConfigurationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt key is a mistake to report, not a setting to ignore.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The file's content, or a single problem naming where the JSON itself is broken.</summary>
    public static T Read<T>(Stream json, string file) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new ConfigurationProblemException(file, [new(file, "the file is empty (null)")]);
        }
        catch (JsonException e)
        {
            throw new ConfigurationProblemException(file, [new(e.Path ?? file, e.Message)]);
        }
    }

    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        // Names in Chinese stay readable in what an admin downloads and edits.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The same content as plain JSON, without the comments and trailing commas a file may
    /// carry, so it can be served as <c>application/json</c> and hashed into a stable tag. Call it
    /// only on text a loader has accepted.</summary>
    public static ConfigurationDocument Document(string json)
    {
        var node = JsonNode.Parse(json, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var plain = node!.ToJsonString(Written);
        return new(plain, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)))[..16]);
    }

    public static string EmbeddedText(string fileName)
    {
        using var reader = new StreamReader(Embedded(fileName));
        return reader.ReadToEnd();
    }

    public static Stream Embedded(string fileName)
    {
        var assembly = typeof(ConfigurationJson).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)!;
    }
}
