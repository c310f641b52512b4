using Orleans.Runtime;

namespace GridActors.Silo.Storage;

/// <summary>
/// Installs the schema as the very first step of the silo's start, before membership, grain
/// storage or reminders read their queries from the database.
/// </summary>
sealed class SchemaInstallation(StorageBackend backend, string connectionString) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInstallation), ServiceLifecycleStage.First,
            cancellationToken => SchemaInstaller.ApplyAsync(backend, connectionString, cancellationToken));
}
