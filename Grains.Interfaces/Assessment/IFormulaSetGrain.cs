using GridActors.Access;
using GridActors.Configuration;

namespace GridActors.Assessment;

/// <summary>A formula set (考核公式) as JSON in the shape of its file, with its version: every
/// version ever in force stays readable, so an old period can be computed again as it was.</summary>
[GenerateSerializer, Immutable, Alias("formula-set-document.v1")]
public sealed record FormulaSetDocument(
    [property: Id(0)] int Version,
    [property: Id(1)] string Json)
{
    /// <summary>The entity tag of the version: its number.</summary>
    public string Tag => Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The answer to a new formula set: the version now in force, or a refusal, or the faults
/// of an invalid document. Nothing changed unless <see cref="Document"/> is set.</summary>
[GenerateSerializer, Immutable, Alias("formula-set-change.v1")]
public sealed record FormulaSetChange(
    [property: Id(0)] FormulaSetDocument? Document,
    [property: Id(1)] Refusal? Refusal = null,
    [property: Id(2)] IReadOnlyList<ConfigurationFault>? Faults = null);

/// <summary>The platform's formula sets (one grain, key 0): version 1 is the shipped set, each
/// accepted change the next version.</summary>
[Alias("formula-set.grain")]
public interface IFormulaSetGrain : IGrainWithIntegerKey
{
    /// <summary>A version (null: the one in force); null when there is no such version.</summary>
    [Alias("get")]
    Task<FormulaSetDocument?> Get(int? version);

    [Alias("set")]
    Task<FormulaSetChange> Set(string json, IfMatch ifMatch, Actor admin);
}
