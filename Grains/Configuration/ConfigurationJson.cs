using System.Text.Json;
using System.Text.Json.Serialization;

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

    public static Stream Embedded(string fileName)
    {
        var assembly = typeof(ConfigurationJson).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)!;
    }
}
