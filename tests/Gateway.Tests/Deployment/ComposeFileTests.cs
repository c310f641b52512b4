using System.Diagnostics;
using System.Net;
using GridActors.Tests.Process.Cluster;
using static GridActors.Tests.Deployment.Manifests;

namespace GridActors.Tests.Deployment;

/// <summary>deploy/compose.yaml read as YAML (merge keys resolved) and checked against the images; no
/// Compose runs it here (this machine has no container runtime).</summary>
public sealed class ComposeFileTests
{
    private readonly Dictionary<object, object> services = Map(Assert.Single(Read("compose.yaml")), "services");

    [Fact]
    public async Task Postgres_two_silos_and_two_gateways_run_the_images_on_their_ports()
    {
        Assert.Equal(["gateway-0", "gateway-1", "postgres", "silo-0", "silo-1"], services.Keys.Cast<string>().Order());
        var silo = await ImageSettings.OfAsync("Silo");
        var gateway = await ImageSettings.OfAsync("Gateway");
        Assert.All(["silo-0", "silo-1"], s => Assert.Equal(silo.Name, Map(services, s)["image"]));
        Assert.All(["gateway-0", "gateway-1"], g => Assert.Equal(gateway.Name, Map(services, g)["image"]));
        var published = new[] { "gateway-0", "gateway-1" }.Select(g => ((string)Assert.Single(List(services, g, "ports"))).Split(':')).ToArray();
        Assert.All(published, p => Assert.Equal(gateway.Ports.Single().ToString(System.Globalization.CultureInfo.InvariantCulture), p[1]));
        Assert.Equal(2, published.Select(p => p[0]).Distinct().Count());
    }

    [Fact]
    public void Each_silo_advertises_the_fixed_address_it_has_on_the_cluster_network()
    {
        var subnet = (string)Map(Assert.Single(List(Read("compose.yaml")[0], "networks", "cluster", "ipam", "config")))["subnet"];
        var network = IPNetwork.Parse(subnet);
        var addresses = new[] { "silo-0", "silo-1" }.Select(s =>
        {
            var advertised = (string)Map(services, s, "environment")["GridActors__Silo__Address"];
            Assert.Equal(advertised, Map(services, s, "networks", "cluster")["ipv4_address"]);
            Assert.True(network.Contains(IPAddress.Parse(advertised)), $"{advertised} is outside {subnet}");
            return advertised;
        }).ToArray();
        Assert.Equal(2, addresses.Distinct().Count());
    }

    [Fact]
    public void Every_service_names_the_same_cluster_and_database()
    {
        var environments = services.Keys.Cast<string>().Where(s => s != "postgres").Select(s => Map(services, s, "environment")).ToArray();
        Assert.All(environments, e => Assert.Equal("gridactors", e["GridActors__Silo__ClusterId"]));
        Assert.Single(environments.Select(e => (string)e["GridActors__Storage__ConnectionString"]).Distinct());
    }

    [Fact]
    public void The_secrets_come_only_from_the_uncommitted_env_file_and_compose_refuses_to_start_without_them()
    {
        var database = (string)Map(services, "gateway-0", "environment")["GridActors__Storage__ConnectionString"];
        Assert.Contains("Password=${POSTGRES_PASSWORD:?", database);
        Assert.StartsWith("${POSTGRES_PASSWORD:?", (string)Map(services, "postgres", "environment")["POSTGRES_PASSWORD"]);
        Assert.All(["gateway-0", "gateway-1"], g =>
            Assert.StartsWith("${GRIDACTORS_SIGNING_KEY:?", (string)Map(services, g, "environment")["GridActors__Auth__SigningKey"]));
        Assert.True(GitIgnores("deploy/.env"), "deploy/.env, which holds the secrets, is not ignored by git");
        // ':?' refuses an empty value too, so the example copied as it is does not start.
        Assert.Contains("POSTGRES_PASSWORD=\n", File.ReadAllText(Path.Combine(Folder, "env.example")));
    }

    private static bool GitIgnores(string path)
    {
        using var git = System.Diagnostics.Process.Start(new ProcessStartInfo("git", ["-C", LocalCluster.Root, "check-ignore", "-q", path]))!;
        git.WaitForExit();
        return git.ExitCode == 0;
    }
}
