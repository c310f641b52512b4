using GridActors.Silo.Hosting;

namespace GridActors.Gateway.Hosting;

public static class ClusterHosting
{
    /// <summary>The embedded default co-hosts the silo in this process. With
    /// <c>GridActors:Gateway:Silo = Remote</c> the gateway is only an Orleans client of the cluster
    /// that <c>GridActors:Storage</c> and <c>GridActors:Silo</c> describe.</summary>
    public static WebApplicationBuilder AddGridActorsCluster(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration["GridActors:Gateway:Silo"] ?? "CoHosted";
        if (mode.Equals("Remote", StringComparison.OrdinalIgnoreCase))
            builder.UseOrleansClient(client => SiloHosting.Configure(client, builder.Configuration));
        else if (mode.Equals("CoHosted", StringComparison.OrdinalIgnoreCase))
            builder.UseOrleans(silo => SiloHosting.Configure(silo, builder.Configuration));
        else
            throw new InvalidOperationException($"GridActors:Gateway:Silo is '{mode}'; it must be CoHosted or Remote");
        return builder;
    }
}
