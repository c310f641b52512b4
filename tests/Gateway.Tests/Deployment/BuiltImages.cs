using System.Diagnostics;
using GridActors.Tests.Process.Cluster;

namespace GridActors.Tests.Deployment;

/// <summary>Both images, built once for a test class by <c>deploy/images.sh</c> as an operator runs
/// it, their base taken from a <see cref="StandInRegistry"/> named as the script's mirror: this machine
/// reaches no container registry, and a test that needs one must not be skipped for it.</summary>
public sealed class BuiltImages : IAsyncLifetime
{
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(8);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"gridactors-images-{Guid.NewGuid():N}");

    public ImageArchive Silo { get; private set; } = null!;

    public ImageArchive Gateway { get; private set; } = null!;

    /// <summary>The base images the build asked the registry for.</summary>
    public IReadOnlySet<string> BasesPulled { get; private set; } = new HashSet<string>();

    public async Task InitializeAsync()
    {
        await using var registry = await StandInRegistry.StartAsync();
        var info = new ProcessStartInfo("bash", [Path.Combine(LocalCluster.Root, "deploy", "images.sh"), Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["GRIDACTORS_BASE_REGISTRY"] = registry.Address;
        // The SDK speaks plain HTTP only to registries named here.
        info.Environment["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = registry.Address;
        // The build the test run made, so the images only add their packing to it; what the images
        // declare does not depend on it.
        info.Environment["GRIDACTORS_IMAGE_CONFIGURATION"] = Configuration;
        using var script = System.Diagnostics.Process.Start(info)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(BuildLimit);
        try
        {
            await script.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            script.Kill(entireProcessTree: true);
            throw new TimeoutException($"deploy/images.sh did not finish within {BuildLimit}:\n{await output}\n{await errors}");
        }
        if (script.ExitCode != 0)
            throw new InvalidOperationException($"deploy/images.sh exited {script.ExitCode}:\n{await output}\n{await errors}");
        Silo = ImageArchive.Read(Path.Combine(Folder, "silo.tar.gz"));
        Gateway = ImageArchive.Read(Path.Combine(Folder, "gateway.tar.gz"));
        BasesPulled = registry.Requested.ToHashSet();
    }

    /// <summary>Debug or Release, as this test assembly was built.</summary>
    private static string Configuration =>
        typeof(BuiltImages).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
