using GridActors.Incidents;

namespace GridActors.Log;

/// <summary>Where a grid's ledger comes from when it activates: the rows of its open cases and the
/// tallies of its finished ones, from the <c>cases</c> table, so no grain stores a list of cases.</summary>
public interface IGridCases
{
    Task<GridCases> Read(string gridCode);
}

/// <summary>A grid's open cases, and its finished ones counted by final status and the level that finished them.</summary>
public sealed record GridCases(IReadOnlyList<CaseRecord> Open, IReadOnlyList<FinishedCases> Finished);

public sealed record FinishedCases(IncidentStatus Status, HandlingLevel? Level, int Count);
