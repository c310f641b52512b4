using System.Net;
using Microsoft.Extensions.Configuration;

namespace GridActors.Silo.Hosting;

/// <summary>
/// The configuration section <c>GridActors:Silo</c>: cluster identity and endpoints.
/// </summary>
public sealed record SiloSettings
{
    public const string SectionName = "GridActors:Silo";

    /// <summary>Silos with the same cluster id form one cluster.</summary>
    public string ClusterId { get; init; } = "gridactors";

    /// <summary>Stays the same across deployments: grain state and reminders are keyed by it.</summary>
    public string ServiceId { get; init; } = "gridactors";

    public int SiloPort { get; init; } = 11111;

    public int GatewayPort { get; init; } = 30000;

    /// <summary>
    /// The address the silo binds to and advertises. Loopback unless configured: otherwise
    /// Orleans advertises the first network card, which a local run cannot rely on.
    /// </summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>
    /// The silo runs in a Kubernetes pod (<c>GridActors:Silo:Kubernetes</c>): it names itself after the
    /// pod, advertises the pod's IP and listens on every address; <see cref="Address"/> is not used.
    /// </summary>
    public bool Kubernetes { get; init; }

    public static SiloSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var defaults = new SiloSettings();
        var address = section["Address"];
        return new SiloSettings
        {
            ClusterId = section["ClusterId"] is { Length: > 0 } clusterId ? clusterId : defaults.ClusterId,
            ServiceId = section["ServiceId"] is { Length: > 0 } serviceId ? serviceId : defaults.ServiceId,
            SiloPort = section.GetValue("SiloPort", defaults.SiloPort),
            GatewayPort = section.GetValue("GatewayPort", defaults.GatewayPort),
            Address = string.IsNullOrWhiteSpace(address) ? defaults.Address
                : IPAddress.TryParse(address, out var parsed) ? parsed
                : throw new InvalidOperationException($"{SectionName}:Address '{address}' is not an IP address."),
            Kubernetes = section["Kubernetes"] is not { Length: > 0 } kubernetes ? false
                : bool.TryParse(kubernetes, out var yes) ? yes
                : throw new InvalidOperationException($"{SectionName}:Kubernetes '{kubernetes}' is neither true nor false."),
        };
    }
}
