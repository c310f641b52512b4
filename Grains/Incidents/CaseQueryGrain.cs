using GridActors.Access;
using GridActors.Log;
using Orleans.Concurrency;

namespace GridActors.Incidents;

/// <summary>Carries a list query to the case table, with the reader's scope worked out here, on
/// the silo, from the same actor every other grain call trusts.</summary>
[StatelessWorker, Reentrant]
public sealed class CaseQueryGrain(ICaseTable cases, TimeProvider clock) : Grain, ICaseQueryGrain
{
    public Task<CasePage> Query(CaseQuery query, Actor actor) =>
        cases.Query(query, CaseReader.Of(actor), clock.GetUtcNow());
}
