using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;

namespace GridActors.Tests.Warnings;

/// <summary>What an independent CAP 1.2 implementation (the npm package <c>@dec112/cap-ts</c>, installed
/// into <c>tests/cap-check</c> by <c>npm ci</c>, as <c>tests/run-all.sh</c> does) reads from messages.</summary>
public sealed record CapReading(string File, bool Valid, string? Error, string? Identifier, string? MsgType,
    string? References, string? Headline, int Polygons, int Circles, IReadOnlyList<string>? ResponseTypes);

public static class CapCheck
{
    public static readonly XNamespace Cap12 = "urn:oasis:names:tc:emergency:cap:1.2";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Each message as the library read it, in order.</summary>
    public static async Task<IReadOnlyList<CapReading>> Read(params string[] messages)
    {
        var folder = Path.Combine(Root(), "tests", "cap-check");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "@dec112", "cap-ts")),
            "The CAP checker is not installed: run `npm ci --prefix tests/cap-check` (tests/run-all.sh does)");
        var files = new List<string>();
        foreach (var message in messages)
        {
            var file = Path.Combine(Path.GetTempPath(), $"cap-{Guid.NewGuid():N}.xml");
            await File.WriteAllTextAsync(file, message);
            files.Add(file);
        }
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("validate.js");
            foreach (var file in files) start.ArgumentList.Add(file);
            using var node = System.Diagnostics.Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length == files.Count, $"node printed {lines.Length} lines for {files.Count} files: {await errors}");
            return [.. lines.Select(l => JsonSerializer.Deserialize<CapReading>(l, Json)!)];
        }
        finally
        {
            foreach (var file in files) File.Delete(file);
        }
    }

    /// <summary>The library does not look at the namespace; CAP 1.2 is only CAP 1.2 in its own.</summary>
    public static void InCap12Namespace(string message) => Assert.Equal(Cap12 + "alert", XDocument.Parse(message).Root!.Name);

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GridActors.sln"))) return dir.FullName;
        throw new InvalidOperationException("GridActors.sln not found above " + AppContext.BaseDirectory);
    }
}
