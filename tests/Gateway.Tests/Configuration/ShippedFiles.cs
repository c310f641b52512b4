using System.Text.Json;
using System.Text.Json.Nodes;
using GridActors.Incidents;

namespace GridActors.Tests.Configuration;

/// <summary>The shipped catalogue as a JSON tree a test edits, and ways to write it out.</summary>
public static class ShippedFiles
{
    public static JsonNode Catalogue()
    {
        var assembly = typeof(CategoryCatalogue).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith(".categories.json", StringComparison.Ordinal)))!;
        return JsonNode.Parse(stream, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
    }

    /// <summary>Sets one limit of one category in a catalogue tree, and returns the tree.</summary>
    public static JsonNode WithLimit(this JsonNode catalogue, string code, string stage, string urgency, string limit)
    {
        catalogue["categories"]!.AsArray().Single(c => (string?)c!["code"] == code)!["limits"]![stage]![urgency] = limit;
        return catalogue;
    }

    /// <summary>Writes the tree to a fresh file under the temporary folder and returns its path.</summary>
    public static string ToTemporaryFile(this JsonNode file)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gridactors-categories-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, file.ToJsonString());
        return path;
    }
}
