using System.Diagnostics;
using System.Text.Json.Nodes;
using GridActors.Tests.Process.Cluster;

namespace GridActors.Tests.Deployment;

/// <summary>A project's image name and ports as its project file gives them to the SDK (the images
/// themselves are checked to carry them in <see cref="ImageTests"/>).</summary>
public sealed record ImageSettings(string Name, IReadOnlyList<int> Ports)
{
    public static async Task<ImageSettings> OfAsync(string project)
    {
        var info = new ProcessStartInfo("dotnet", ["msbuild", Path.Combine(LocalCluster.Root, project, $"{project}.csproj"), "-nologo",
            "-getProperty:ContainerRepository", "-getProperty:ContainerImageTag", "-getItem:ContainerPort"])
        {
            RedirectStandardOutput = true,
        };
        using var msbuild = System.Diagnostics.Process.Start(info)!;
        var output = await msbuild.StandardOutput.ReadToEndAsync();
        await msbuild.WaitForExitAsync();
        if (msbuild.ExitCode != 0) throw new InvalidOperationException(output);
        var evaluated = JsonNode.Parse(output)!;
        var properties = evaluated["Properties"]!;
        return new ImageSettings(
            $"{properties["ContainerRepository"]}:{properties["ContainerImageTag"]}",
            [.. evaluated["Items"]!["ContainerPort"]!.AsArray().Select(p => int.Parse(p!["Identity"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))]);
    }
}
