using System.Net;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace GridActors.Silo.Hosting;

/// <summary><c>GridActors:Silo:Kubernetes</c>: a silo in a pod, hosted by Orleans' Kubernetes
/// hosting, which names it after the pod, listens on every address and watches the cluster's pods.</summary>
internal static class KubernetesPod
{
    public static ISiloBuilder Host(ISiloBuilder silo, SiloSettings settings)
    {
        // The hosting takes the ids from the pod's labels, the gateways from GridActors:Silo: apart, the
        // silos would wait in a cluster no gateway looks for.
        RequireEqual(KubernetesHostingOptions.ClusterIdEnvironmentVariable, settings.ClusterId, nameof(SiloSettings.ClusterId));
        RequireEqual(KubernetesHostingOptions.ServiceIdEnvironmentVariable, settings.ServiceId, nameof(SiloSettings.ServiceId));
        var podIp = PodIp();
        silo.Configure<EndpointOptions>(endpoints =>
        {
            endpoints.SiloPort = settings.SiloPort;
            endpoints.GatewayPort = settings.GatewayPort;
            // The hosting would take POD_IP only where nothing else chose an address, and Orleans' own
            // default (the first network card's) chooses first.
            if (podIp is not null) endpoints.AdvertisedIPAddress = podIp;
        });
        return silo.UseKubernetesHosting();
    }

    /// <summary>Read at the start, so a manifest that fills POD_IP wrongly stops it naming the variable.</summary>
    private static IPAddress? PodIp()
    {
        var variable = KubernetesHostingOptions.PodIPEnvironmentVariable;
        return Environment.GetEnvironmentVariable(variable) switch
        {
            null or "" => null,
            var value when IPAddress.TryParse(value, out var ip) => ip,
            var value => throw new InvalidOperationException($"{variable} '{value}' is not an IP address."),
        };
    }

    private static void RequireEqual(string variable, string setting, string name)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromPod && fromPod != setting)
            throw new InvalidOperationException(
                $"{variable} is '{fromPod}' but {SiloSettings.SectionName}:{name} is '{setting}': the gateways would look for the silos in another cluster; make them equal");
    }
}
