using System.Net;
using GridActors.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace GridActors.Tests.Hosting;

/// <summary><c>GridActors:Silo:Kubernetes</c>: the silo takes its name and address from the pod, as
/// the manifests under deploy/k8s give them (POD_NAME, POD_NAMESPACE, POD_IP), and its ports from
/// its settings. The variables are the process's own, so this class sets them and puts them back.</summary>
public sealed class KubernetesHostingTests : IDisposable
{
    private static readonly string[] PodVariables = ["POD_NAME", "POD_NAMESPACE", "POD_IP", "ORLEANS_CLUSTER_ID", "ORLEANS_SERVICE_ID"];
    private readonly Dictionary<string, string?> before = PodVariables.ToDictionary(v => v, Environment.GetEnvironmentVariable);

    [Fact]
    public void In_a_pod_the_silo_is_named_after_it_advertises_its_ip_and_listens_on_every_address_at_its_ports()
    {
        Pod(name: "gridactors-silo-5c9d7-x2k4p", space: "gridactors", ip: "10.244.1.17");
        using var host = Silo(kubernetes: true);
        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal(IPAddress.Parse("10.244.1.17"), endpoints.AdvertisedIPAddress);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 21111), endpoints.SiloListeningEndpoint);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 31000), endpoints.GatewayListeningEndpoint);
        Assert.Equal("gridactors-silo-5c9d7-x2k4p", host.Services.GetRequiredService<IOptions<SiloOptions>>().Value.SiloName);
    }

    [Fact]
    public void Switched_on_outside_a_pod_the_silo_stops_naming_the_variable_it_lacks()
    {
        Pod(name: null, space: null, ip: null);
        using var host = Silo(kubernetes: true);
        var refused = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<KubernetesHostingOptions>>().Value);
        Assert.Contains("POD_NAMESPACE", refused.Message);
    }

    [Fact]
    public void A_pod_ip_that_is_no_address_stops_the_start_naming_the_variable()
    {
        Pod(name: "gridactors-silo-5c9d7-x2k4p", space: "gridactors", ip: "status.podIP");
        var refused = Assert.Throws<InvalidOperationException>(() => Silo(kubernetes: true).Dispose());
        Assert.Contains("POD_IP 'status.podIP'", refused.Message);
    }

    [Fact]
    public void A_pod_labelled_for_another_cluster_than_the_settings_name_stops_the_start()
    {
        Pod(name: "gridactors-silo-5c9d7-x2k4p", space: "gridactors", ip: "10.244.1.17");
        Environment.SetEnvironmentVariable("ORLEANS_CLUSTER_ID", "gridactors-staging");
        var refused = Assert.Throws<InvalidOperationException>(() => Silo(kubernetes: true).Dispose());
        Assert.Contains("ORLEANS_CLUSTER_ID is 'gridactors-staging' but GridActors:Silo:ClusterId is 'gridactors'", refused.Message);
    }

    [Fact]
    public void Labels_equal_to_the_settings_are_the_cluster_the_silo_joins()
    {
        Pod(name: "gridactors-silo-5c9d7-x2k4p", space: "gridactors", ip: "10.244.1.17");
        Environment.SetEnvironmentVariable("ORLEANS_CLUSTER_ID", "gridactors");
        Environment.SetEnvironmentVariable("ORLEANS_SERVICE_ID", "gridactors");
        using var host = Silo(kubernetes: true);
        var cluster = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        Assert.Equal(("gridactors", "gridactors"), (cluster.ClusterId, cluster.ServiceId));
    }

    [Fact]
    public void Switched_off_the_silo_keeps_the_configured_address_even_in_a_pod()
    {
        Pod(name: "gridactors-silo-5c9d7-x2k4p", space: "gridactors", ip: "10.244.1.17");
        using var host = Silo(kubernetes: false);
        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        Assert.Equal(IPAddress.Loopback, endpoints.AdvertisedIPAddress);
        Assert.Equal(21111, endpoints.SiloPort);
    }

    private static IHost Silo(bool kubernetes)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GridActors:Silo:Kubernetes"] = kubernetes ? "true" : "false",
            ["GridActors:Silo:SiloPort"] = "21111",
            ["GridActors:Silo:GatewayPort"] = "31000",
        });
        builder.UseOrleans(silo => SiloHosting.Configure(silo, builder.Configuration));
        return builder.Build();
    }

    private static void Pod(string? name, string? space, string? ip)
    {
        Environment.SetEnvironmentVariable("POD_NAME", name);
        Environment.SetEnvironmentVariable("POD_NAMESPACE", space);
        Environment.SetEnvironmentVariable("POD_IP", ip);
    }

    public void Dispose()
    {
        foreach (var (name, value) in before) Environment.SetEnvironmentVariable(name, value);
    }
}
