using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace GridActors.Silo.Storage.Upgrade;

/// <summary>
/// Upgrades a database written before the event log: each case the incident grain stored whole, as
/// Orleans grain state, becomes its events in the log, each with the case's row as a live write makes
/// it. Runs once per database, after the schema and before any grain: a case whose events are all
/// there is skipped and one cut short gets the rest, so a start interrupted midway finishes the job.
/// The old rows are kept: nothing reads them any more, and should a conversion ever prove wrong the
/// original is still there.
/// </summary>
public sealed class StoredCasesUpgrade(
    StoredCaseStates stored, IEventLog log, Serializer serializer, IOptions<ClusterOptions> cluster,
    ILogger<StoredCasesUpgrade> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public const string Name = "incident-state-to-event-log";

    /// <summary>Cases converted at once, so the embedded log's writer commits several in one go.</summary>
    private const int CasesAtOnce = 32;

    private readonly OrleansGrainStorageSerializer format = new(serializer);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StoredCasesUpgrade), ServiceLifecycleStage.RuntimeInitialize, Run);

    public async Task Run(CancellationToken cancellationToken)
    {
        await using var once = await stored.Begin(Name, cancellationToken);
        if (once.Done) return;
        var (cases, events) = (0, 0);
        await foreach (var batch in stored.Read(cluster.Value.ServiceId, cancellationToken).Chunk(CasesAtOnce).WithCancellation(cancellationToken))
        {
            var appended = await Task.WhenAll(batch.Select(payload => Convert(format.Deserialize<IncidentState>(new BinaryData(payload))!)));
            cases += appended.Count(n => n > 0);
            events += appended.Sum();
        }
        await once.Finish(cancellationToken);
        logger.LogInformation("Upgraded the stored cases to the event log: {Cases} cases converted, {Events} events appended", cases, events);
    }

    /// <summary>Appends the events the case does not have yet; how many.</summary>
    private async Task<int> Convert(IncidentState state)
    {
        if (!state.Exists) return 0;
        var have = (await log.Read(CaseEvents.Stream, state.Id)).Count;
        var appended = 0;
        foreach (var (e, row) in StoredCases.ToEvents(state).Skip(have))
        {
            // Refused only when that version is already there: then the case is the log's already.
            if (!await log.Append(e, row)) break;
            appended++;
        }
        return appended;
    }
}
