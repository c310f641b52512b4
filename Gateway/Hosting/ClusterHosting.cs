using GridActors.Silo.Hosting;
using GridActors.Silo.Storage;

namespace GridActors.Gateway.Hosting;

public static class ClusterHosting
{
    /// <summary>The embedded default co-hosts the silo in this process. With
    /// <c>GridActors:Gateway:Silo = Remote</c> the gateway is only an Orleans client of the cluster
    /// that <c>GridActors:Storage</c> and <c>GridActors:Silo</c> describe.</summary>
    public static WebApplicationBuilder AddGridActorsCluster(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration[ModeSetting] ?? "CoHosted";
        if (IsRemote(builder.Configuration))
            builder.UseOrleansClient(client => SiloHosting.Configure(client, builder.Configuration));
        else if (mode.Equals("CoHosted", StringComparison.OrdinalIgnoreCase))
        {
            builder.UseOrleans(silo => SiloHosting.Configure(silo, builder.Configuration));
            builder.Services.AddExceptionHandler<CoHostedStorageFailures>();
        }
        else
            throw new InvalidOperationException($"{ModeSetting} is '{mode}'; it must be CoHosted or Remote");
        return builder;
    }

    private const string ModeSetting = "GridActors:Gateway:Silo";

    /// <summary>The gateway is only a client of silos running elsewhere.</summary>
    public static bool IsRemote(IConfiguration configuration) =>
        string.Equals(configuration[ModeSetting], "Remote", StringComparison.OrdinalIgnoreCase);

    /// <summary>The storage is the embedded default (a SQLite file), which makes development mode the default.</summary>
    public static bool IsEmbedded(IConfiguration configuration) =>
        StorageSettings.FromConfiguration(configuration).Backend == StorageBackend.Embedded;
}
