using GridActors.Incidents;

namespace GridActors.Log;

/// <summary>Reads the case rows the event log keeps. The host provides one per back end.</summary>
public interface ICaseTable
{
    /// <summary>One page of the cases the query matches and the reader may read, with the lights
    /// read at <paramref name="now"/>.</summary>
    Task<CasePage> Query(CaseQuery query, CaseReader reader, DateTimeOffset now);

    /// <summary>The grid of each of the cases that has a row, by case id.</summary>
    Task<IReadOnlyDictionary<string, string>> GridsOf(IReadOnlyCollection<string> caseIds);
}
