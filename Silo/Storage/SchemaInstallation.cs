using GridActors.Silo.Storage.Log;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace GridActors.Silo.Storage;

/// <summary>
/// Installs the schema as the very first step of the silo's start, before membership, grain
/// storage or reminders read their queries from the database; then, when asked, rebuilds the
/// <c>cases</c> table from the event log, before any case can append.
/// </summary>
sealed class SchemaInstallation(StorageBackend backend, string connectionString, bool rebuildCases, ILogger<SchemaInstallation> log)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInstallation), ServiceLifecycleStage.First, async cancellationToken =>
        {
            await SchemaInstaller.ApplyAsync(backend, connectionString, cancellationToken);
            if (!rebuildCases) return;
            var rebuilt = await CaseTableRebuild.For(backend, connectionString).Run(cancellationToken);
            log.LogWarning("Rebuilt the cases table from the event log: {Cases} cases (GridActors:Storage:RebuildCases is on; turn it off once done)", rebuilt);
        });
}
