using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary><c>deploy/cluster.sh</c> as an operator runs it: start waits until the gateways are ready
/// and prints their URLs, the first silo seeds the demo district (a plain Silo process does, with
/// <c>GridActors:Demo:Seed</c>), and stop leaves nothing running.</summary>
[Collection(Processes.Collection)]
public sealed class ClusterScriptTests(PostgreSqlDatabase database, ITestOutputHelper log) : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"gridactors-cluster-{Guid.NewGuid():N}");

    [Fact]
    public async Task Start_prints_each_ready_gateway_whose_silos_seeded_the_demo_and_stop_ends_every_process()
    {
        var started = await Script("start", "2", "1");
        Assert.True(started.ExitCode == 0, started.Output);
        var urls = started.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var gateway = Assert.Single(urls);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", gateway);
        var pids = Directory.GetFiles(folder, "*.pid").Select(f => int.Parse(File.ReadAllText(f).Trim())).ToArray();
        Assert.Equal(3, pids.Length);

        using var api = new GatewayApi(new Uri(gateway));
        var @operator = await api.TokenAsync(new { role = "operator", areaCode = "320412101" });
        var grid = GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Get, "/api/v1/grids/320412101001-01", @operator));
        Assert.Equal(["w-320412101001-01-1"], grid["workers"]!.AsArray().Select(w => w!.GetValue<string>()));

        var stopped = await Script("stop");
        Assert.True(stopped.ExitCode == 0, stopped.Output);
        Assert.Equal("stopped 3 processes", stopped.Output.Trim());
        Assert.All(pids, pid => Assert.False(Running(pid), $"process {pid} still runs"));
    }

    private async Task<(int ExitCode, string Output)> Script(params string[] arguments)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(LocalCluster.Root, "deploy", "cluster.sh"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["GRIDACTORS_CLUSTER_DATABASE"] = database.ConnectionString;
        info.Environment["GRIDACTORS_CLUSTER_PORT"] = Ports.Silos;
        info.Environment["GRIDACTORS_CLUSTER_HTTP_PORT"] = Ports.Gateways;
        info.Environment["GRIDACTORS_CLUSTER_ID"] = Ports.Id;
        info.Environment["GRIDACTORS_CLUSTER_DIR"] = folder;
        // The test runs what the test build built; the script's own build is for people.
        info.Environment["GRIDACTORS_CLUSTER_CONFIGURATION"] = Configuration;
        info.Environment["GRIDACTORS_CLUSTER_BUILD"] = "false";
        using var script = System.Diagnostics.Process.Start(info)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        if (script.ExitCode != 0) log.WriteLine(await errors);
        return (script.ExitCode, await output);
    }

    private static bool Running(int pid)
    {
        try
        {
            return !System.Diagnostics.Process.GetProcessById(pid).HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Debug or Release, as the Silo program the tests run was built.</summary>
    private static string Configuration => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Programs.Silo))!);

    private static readonly (string Silos, string Gateways, string Id) Ports =
        (FreePort.Consecutive(4).ToString(System.Globalization.CultureInfo.InvariantCulture),
         FreePort.Consecutive(1).ToString(System.Globalization.CultureInfo.InvariantCulture),
         $"script-{Guid.NewGuid():N}"[..15]);

    public void Dispose()
    {
        if (!Directory.Exists(folder)) return;
        if (Directory.GetFiles(folder, "*.pid").Length > 0) Script("stop").GetAwaiter().GetResult();
        foreach (var file in Directory.GetFiles(folder, "*.log")) log.WriteLine($"--- {Path.GetFileName(file)} ---\n{string.Join('\n', File.ReadLines(file).TakeLast(8))}");
        Directory.Delete(folder, recursive: true);
    }
}
