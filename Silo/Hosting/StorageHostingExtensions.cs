using System.Net;
using GridActors.Attachments;
using GridActors.Log;
using GridActors.Registers;
using GridActors.Silo.Storage;
using GridActors.Silo.Storage.Attachments;
using GridActors.Silo.Storage.Cases;
using GridActors.Silo.Storage.Log;
using GridActors.Silo.Storage.Upgrade;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace GridActors.Silo.Hosting;

public static class StorageHostingExtensions
{
    /// <summary>The grain storage name grains use: <c>[PersistentState("…", "gridactors")]</c>.</summary>
    public const string GrainStorageName = "gridactors";

    /// <summary>The ADO.NET storage itself, under the name its options are kept by.</summary>
    public const string AdoNetStorageName = "gridactors-adonet";

    /// <summary>
    /// Grain storage, reminders and clustering for one of the two shapes. The schema is applied
    /// first thing when the silo starts.
    /// </summary>
    public static ISiloBuilder UseGridActorsStorage(this ISiloBuilder silo, StorageSettings settings)
    {
        settings.Validate();
        var invariant = settings.AdoNetInvariant;
        var connectionString = settings.AdoNetConnectionString;

        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
            new SchemaInstallation(settings.Backend, connectionString, settings.RebuildCases, sp.GetRequiredService<ILogger<SchemaInstallation>>()));

        AddEventLog(silo.Services, settings.Backend, connectionString);
        silo.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<AuditRetention>(sp, settings.RegisterAuditRetention));
        // After the schema, before any grain: cases stored whole by the release before the log become events.
        silo.Services.AddSingleton(new StoredCaseStates(settings.Backend, connectionString));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StoredCasesUpgrade>();
        AddCaseTable(silo.Services, settings.Backend, connectionString);
        AddAttachmentStore(silo.Services, settings.Backend, connectionString);

        silo.Services.AddStorageFailureCodec();
        silo.AddAdoNetGrainStorage(AdoNetStorageName, (OptionsBuilder<AdoNetGrainStorageOptions> options) =>
            options.Configure<Serializer>((storage, serializer) =>
            {
                storage.Invariant = invariant;
                storage.ConnectionString = connectionString;
                // Orleans' own binary format: version tolerant by [Id], types named by [Alias].
                // The default would be Newtonsoft JSON carrying CLR type names, which a rename breaks.
                storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
        // The name grains use is the ADO.NET storage with its reads retried; rows do not carry the name.
        silo.Services.AddKeyedSingleton<IGrainStorage>(GrainStorageName, (sp, _) =>
            new RetriedStateReads(sp.GetRequiredKeyedService<IGrainStorage>(AdoNetStorageName)));

        silo.UseAdoNetReminderService(reminders =>
        {
            reminders.Invariant = invariant;
            reminders.ConnectionString = connectionString;
        });

        return settings.Backend == StorageBackend.PostgreSql
            ? silo.UseAdoNetClustering(clustering =>
            {
                clustering.Invariant = invariant;
                clustering.ConnectionString = connectionString;
            })
            // One process: the silo is its own primary, at whatever endpoint it is configured with.
            : silo.UseDevelopmentClustering((OptionsBuilder<DevelopmentClusterMembershipOptions> membership) =>
                membership.Configure<IOptions<EndpointOptions>>((options, endpoints) =>
                    options.PrimarySiloEndpoint = new IPEndPoint(endpoints.Value.AdvertisedIPAddress, endpoints.Value.SiloPort)));
    }

    /// <summary>The event log on the same database (cases live there, the rest in grain state), with
    /// what is read from it: grids' open cases, and the registers' audit trail beside it.</summary>
    private static void AddEventLog(IServiceCollection services, StorageBackend backend, string connectionString)
    {
        if (backend == StorageBackend.PostgreSql)
        {
            services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            services.AddSingleton(sp => new PostgreSqlEventLog(sp.GetRequiredService<NpgsqlDataSource>()));
            services.AddSingleton<IEventLog>(sp => new SignallingEventLog(sp.GetRequiredService<PostgreSqlEventLog>(), sp.GetRequiredService<LogAppends>()));
            services.AddSingleton<IGridCases>(sp => sp.GetRequiredService<PostgreSqlEventLog>());
            services.AddSingleton(sp => sp.GetRequiredService<PostgreSqlEventLog>().RegisterAudit());
            services.AddSingleton<ILogCursors>(sp => new LogCursors(sp.GetRequiredService<NpgsqlDataSource>().CreateConnection));
        }
        else
        {
            services.AddSingleton(_ => new SqliteEventLog(connectionString));
            services.AddSingleton<IEventLog>(sp => new SignallingEventLog(sp.GetRequiredService<SqliteEventLog>(), sp.GetRequiredService<LogAppends>()));
            services.AddSingleton<IGridCases>(sp => sp.GetRequiredService<SqliteEventLog>());
            services.AddSingleton(sp => sp.GetRequiredService<SqliteEventLog>().RegisterAudit());
            services.AddSingleton<ILogCursors>(_ => new LogCursors(() => new SqliteConnection(connectionString)));
        }
    }

    /// <summary>The case rows' reader: the log's data source on PostgreSQL, read-only connections of
    /// its own beside the log's writer on SQLite.</summary>
    private static void AddCaseTable(IServiceCollection services, StorageBackend backend, string connectionString)
    {
        if (backend == StorageBackend.PostgreSql)
            services.AddSingleton<ICaseTable>(sp => new PostgreSqlCaseTable(sp.GetRequiredService<NpgsqlDataSource>()));
        else services.AddSingleton<ICaseTable>(_ => new SqliteCaseTable(connectionString));
    }

    /// <summary>Photos in a table of their own on the same database: the log's data source on
    /// PostgreSQL, a connection of their own on SQLite, which waits its turn behind the log's writer.</summary>
    private static void AddAttachmentStore(IServiceCollection services, StorageBackend backend, string connectionString)
    {
        if (backend == StorageBackend.PostgreSql)
            services.AddSingleton<IAttachmentStore>(sp => new SqlAttachmentStore(
                async () => await sp.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(), PostgreSqlCaseDialect.Instance));
        else services.AddSingleton<IAttachmentStore>(_ => new SqlAttachmentStore(async () =>
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            return connection;
        }, SqliteCaseDialect.Instance));
    }
}
