using GridActors.Access;

namespace GridActors.Incidents;

/// <summary>Lists cases from their rows, as the given actor may read them: a stateless worker, so
/// lists run beside each other on every silo and never queue behind a case.</summary>
[Alias("case-query")]
public interface ICaseQueryGrain : IGrainWithIntegerKey
{
    [Alias("query")]
    Task<CasePage> Query(CaseQuery query, Actor actor);
}
