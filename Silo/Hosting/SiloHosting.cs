using GridActors.Configuration;
using GridActors.Silo.Demo;
using GridActors.Silo.Logging;
using GridActors.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace GridActors.Silo.Hosting;

/// <summary>
/// The whole silo and client set-up from configuration, shared by the Silo's Program.cs, the
/// Gateway (which co-hosts a silo in the embedded shape, or is a client in production) and tests.
/// </summary>
public static class SiloHosting
{
    public static ISiloBuilder Configure(ISiloBuilder silo, IConfiguration configuration)
    {
        var settings = SiloSettings.FromConfiguration(configuration);
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = settings.ClusterId;
            cluster.ServiceId = settings.ServiceId;
        });
        if (settings.Kubernetes)
            KubernetesPod.Host(silo, settings);
        else
            silo.ConfigureEndpoints(settings.Address, settings.SiloPort, settings.GatewayPort);
        // Traces follow a request into its grain calls; the dashboard's grain service feeds any gateway's pages.
        if (TelemetryHosting.IsEnabled(configuration)) silo.AddActivityPropagation().AddDashboard();
        silo.Services.AddSingleton<IIncomingGrainCallFilter, CaseLogScope>();
        // Orleans logs one Polly line per grain placement at Information.
        silo.Services.AddLogging(logging => logging.AddFilter("Polly", LogLevel.Warning));
        // Read now, so a bad file stops the start with every faulty entry named.
        var files = ConfigurationFileSettings.FromConfiguration(configuration);
        silo.Services.AddSingleton(LiveConfiguration.FromFiles(files.CategoriesFile, files.CalendarFile));
        silo.Services.AddSingleton(AccountSettings.FromConfiguration(configuration));
        silo.Services.AddSingleton(WebhookConfiguration.FromConfiguration(configuration));
        silo.Services.AddSingleton(WarningConfiguration.FromConfiguration(configuration));
        silo.Services.AddGridActorsDomain();
        if (configuration[TerritoryFile.Setting] is { Length: > 0 } territory)
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
                ActivatorUtilities.CreateInstance<TerritoryFile>(sp, territory));
        // Hosted services added here start after the silo has, so the demo finds its grains ready.
        silo.Services.AddHostedService<DemoSeeding>();
        silo.Services.AddHostedService<DemoSimulator>();
        return silo.UseGridActorsStorage(StorageSettings.FromConfiguration(configuration));
    }

    /// <summary>How long a gateway waits for a grain's answer before telling its client to retry (503):
    /// Orleans' 30 s default is longer than a client waits, and a call to a silo that just died waits
    /// it out in full. Ten seconds covers a busy grain's queue and a new activation's storage read.</summary>
    public static readonly TimeSpan ClientResponseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A client of the cluster the same configuration describes.</summary>
    public static IClientBuilder Configure(IClientBuilder client, IConfiguration configuration)
    {
        var settings = SiloSettings.FromConfiguration(configuration);
        var storage = StorageSettings.FromConfiguration(configuration);
        storage.Validate();
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = settings.ClusterId;
            cluster.ServiceId = settings.ServiceId;
        });
        client.Configure<ClientMessagingOptions>(messaging => messaging.ResponseTimeout = ClientResponseTimeout);
        client.Services.AddSingleton<IClientConnectionRetryFilter, ClusterConnectionRetry>();
        if (TelemetryHosting.IsEnabled(configuration)) client.AddActivityPropagation().AddDashboard();
        return storage.Backend == StorageBackend.PostgreSql
            // Gateways come from the membership table: every active silo's gateway endpoint.
            ? client.UseAdoNetClustering(clustering =>
            {
                clustering.Invariant = storage.AdoNetInvariant;
                clustering.ConnectionString = storage.AdoNetConnectionString;
            })
            : client.UseLocalhostClustering(settings.GatewayPort, settings.ServiceId, settings.ClusterId);
    }
}
