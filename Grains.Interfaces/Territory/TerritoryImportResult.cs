using GridActors.Incidents;

namespace GridActors.Territory;

public enum ImportOutcome
{
    /// <summary>Clean, and every grid in the file is now defined.</summary>
    Applied,
    /// <summary>Clean, and the very file already applied: nothing was written.</summary>
    Unchanged,
    /// <summary>Clean; asked only to check, so nothing was written.</summary>
    DryRun,
    /// <summary>Not clean (see the findings), or refused: nothing was written.</summary>
    Rejected,
}

/// <summary>One thing wrong with an imported file: the feature's 0-based index (null for the file as
/// a whole and for gaps), its code or the area of a gap, what kind of fault, and the area it covers.</summary>
[GenerateSerializer, Immutable, Alias("territory.finding.v1")]
public sealed record TerritoryFinding(
    [property: Id(0)] int? Feature,
    [property: Id(1)] string? Code,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Message,
    [property: Id(4)] double? AreaSquareMetres = null);

/// <summary>What an import did: its outcome, the version of the file, how many grids it holds, its
/// findings, the refusal when the caller may not import it at all, and the grids it retires (or
/// would, on a dry run): those of the previous file, in a district the new file covers, that it drops.</summary>
[GenerateSerializer, Immutable, Alias("territory.import-result.v1")]
public sealed record TerritoryImportResult(
    [property: Id(0)] ImportOutcome Outcome,
    [property: Id(1)] string? Version,
    [property: Id(2)] int Grids,
    [property: Id(3)] IReadOnlyList<TerritoryFinding> Findings,
    [property: Id(4)] Refusal? Refusal = null,
    [property: Id(5)] IReadOnlyList<string>? Retired = null)
{
    public static TerritoryImportResult Refused(Refusal refusal) => new(ImportOutcome.Rejected, null, 0, [], refusal);
}
