using System.Diagnostics;
using GridActors.Tests.Process;
using GridActors.Tests.Process.Cluster;

namespace GridActors.Tests.Deployment;

/// <summary>The images <c>deploy/images.sh</c> builds, opened as a container runtime would read them.</summary>
[Collection(Processes.Collection)]
public sealed class ImageTests(BuiltImages images) : IClassFixture<BuiltImages>
{
    [Fact]
    public void The_silo_image_runs_the_silo_unprivileged_with_the_orleans_ports_open()
    {
        var silo = images.Silo;
        Assert.Equal(["gridactors/silo:1.0.0"], silo.Tags);
        Assert.Equal(["dotnet", "/app/Silo.dll"], Strings(silo.Config["Entrypoint"]));
        Assert.Equal(["11111/tcp", "30000/tcp"], Ports(silo));
        AssertNotRoot(silo);
        Assert.Equal("PostgreSql", silo.Environment()["GridActors__Storage__Backend"]);
    }

    [Fact]
    public void The_gateway_image_runs_the_gateway_unprivileged_as_a_client_answering_on_its_exposed_port()
    {
        var gateway = images.Gateway;
        Assert.Equal(["gridactors/gateway:1.0.0"], gateway.Tags);
        Assert.Equal(["dotnet", "/app/Gateway.dll"], Strings(gateway.Config["Entrypoint"]));
        Assert.Equal(["8080/tcp"], Ports(gateway));
        Assert.Equal("8080", gateway.Environment()["ASPNETCORE_HTTP_PORTS"]);
        AssertNotRoot(gateway);
        Assert.Equal("Remote", gateway.Environment()["GridActors__Gateway__Silo"]);
    }

    [Fact]
    public void The_gateway_image_carries_the_board_and_the_workers_app_it_serves()
    {
        var pages = Path.Combine(Unpacked("gateway"), "app", "Web", "dist");
        Assert.True(File.Exists(Path.Combine(pages, "index.html")), "the board's page is not in the image");
        Assert.True(File.Exists(Path.Combine(pages, "app", "index.html")), "the worker app's page is not in the image");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(pages, "assets"), "*.js"));
    }

    [Fact]
    public void Both_images_are_production_and_carry_no_secret()
    {
        foreach (var image in new[] { images.Silo, images.Gateway })
        {
            var environment = image.Environment();
            Assert.Equal("Production", environment["DOTNET_ENVIRONMENT"]);
            Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
            Assert.DoesNotContain(environment.Keys, key =>
                key.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase) || key.Contains("SigningKey", StringComparison.OrdinalIgnoreCase)
                || key.Contains("Password", StringComparison.OrdinalIgnoreCase) || key.Contains("ApiKeys", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("GridActors__Auth", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Without_a_mirror_the_images_are_built_on_microsofts_dotnet_images_and_with_one_on_the_mirrors()
    {
        Assert.Equal(["aspnet", "runtime"], images.BasesPulled.Order());
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0", await BaseImage("Silo"));
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", await BaseImage("Gateway"));
        Assert.EndsWith("/dotnet/runtime:10.0", images.Silo.Config["Labels"]!["org.opencontainers.image.base.name"]!.GetValue<string>());
        Assert.EndsWith("/dotnet/aspnet:10.0", images.Gateway.Config["Labels"]!["org.opencontainers.image.base.name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("gateway")]
    [InlineData("silo")]
    public async Task Either_image_started_as_it_is_refuses_to_run_without_a_database(string name)
    {
        var (exitCode, output) = await RunImageProgram(name, new Dictionary<string, string>());
        Assert.NotEqual(0, exitCode);
        Assert.Contains("GridActors:Storage:ConnectionString is required", output);
    }

    [Fact]
    public async Task The_gateway_image_given_only_a_database_refuses_to_run_without_a_signing_key()
    {
        // Never reached: the start stops before anything connects.
        var database = new Dictionary<string, string> { ["GridActors__Storage__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=none;Database=none" };
        var (exitCode, output) = await RunImageProgram("gateway", database);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("GridActors:Auth:SigningKey must be set", output);
    }

    /// <summary>What a container of the image would run, without a container runtime: the image's
    /// application layer unpacked, its entrypoint run with the image's environment and working
    /// folder, the test process's own environment aside.</summary>
    private async Task<(int ExitCode, string Output)> RunImageProgram(string name, Dictionary<string, string> settings)
    {
        var image = name == "silo" ? images.Silo : images.Gateway;
        var root = Unpacked(name);
        var entrypoint = Strings(image.Config["Entrypoint"]);
        var workingFolder = Path.Combine(root, image.Config["WorkingDir"]!.GetValue<string>().TrimStart('/'));
        var info = new ProcessStartInfo(entrypoint[0], entrypoint.Skip(1).Select(a => a.StartsWith('/') ? Path.Combine(root, a[1..]) : a))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingFolder,
        };
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("GridActors", StringComparison.OrdinalIgnoreCase) || k.Contains("ENVIRONMENT")).ToList())
            info.Environment.Remove(key);
        foreach (var (key, value) in image.Environment().Where(e => e.Key != "PATH")) info.Environment[key] = value;
        foreach (var (key, value) in settings) info.Environment[key] = value;
        using var program = System.Diagnostics.Process.Start(info)!;
        var output = program.StandardOutput.ReadToEndAsync();
        var errors = program.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await program.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            program.Kill(entireProcessTree: true);
            throw new TimeoutException($"the {name} image's program kept running without its settings:\n{await output}\n{await errors}");
        }
        return (program.ExitCode, await output + await errors);
    }

    /// <summary>The folder the image's application layer was unpacked into, as the container's root.</summary>
    private string Unpacked(string name)
    {
        var root = Path.Combine(images.Folder, $"{name}-root");
        (name == "silo" ? images.Silo : images.Gateway).ExtractTopLayer(root);
        return root;
    }

    /// <summary>The base image the SDK picks for a project when nothing overrides it.</summary>
    private static async Task<string> BaseImage(string project)
    {
        var info = new ProcessStartInfo("dotnet", ["msbuild", Path.Combine(LocalCluster.Root, project, $"{project}.csproj"),
            "-t:ComputeContainerBaseImage", "-getProperty:ContainerBaseImage", "-p:Configuration=Release", "-nologo"])
        {
            RedirectStandardOutput = true,
        };
        using var msbuild = System.Diagnostics.Process.Start(info)!;
        var output = await msbuild.StandardOutput.ReadToEndAsync();
        await msbuild.WaitForExitAsync();
        Assert.True(msbuild.ExitCode == 0, output);
        return output.Trim();
    }

    private static void AssertNotRoot(ImageArchive image)
    {
        var user = image.Config["User"]?.GetValue<string>();
        Assert.Equal("1654", user);
    }

    private static string[] Ports(ImageArchive image) => [.. image.Config["ExposedPorts"]!.AsObject().Select(p => p.Key).Order()];

    private static string[] Strings(System.Text.Json.Nodes.JsonNode? array) => [.. array!.AsArray().Select(a => a!.GetValue<string>())];
}
