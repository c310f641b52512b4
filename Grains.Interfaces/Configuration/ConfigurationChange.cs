using GridActors.Incidents;

namespace GridActors.Configuration;

/// <summary>One fault of a refused settings document: the entry at fault and what is wrong with it.</summary>
[GenerateSerializer, Immutable, Alias("configuration-fault.v1")]
public sealed record ConfigurationFault(
    [property: Id(0)] string Entry,
    [property: Id(1)] string Problem);

/// <summary>The answer to a change: the document now in force, or a refusal (not permitted, stale
/// tag, a category still in use), or the faults of an invalid document. Nothing changed unless
/// <see cref="Document"/> is set.</summary>
[GenerateSerializer, Immutable, Alias("configuration-change.v1")]
public sealed record ConfigurationChange(
    [property: Id(0)] ConfigurationDocument? Document,
    [property: Id(1)] Refusal? Refusal = null,
    [property: Id(2)] IReadOnlyList<ConfigurationFault>? Faults = null)
{
    public static ConfigurationChange Refused(Refusal refusal) => new(null, refusal);

    public static ConfigurationChange Invalid(IReadOnlyList<ConfigurationFault> faults) => new(null, Faults: faults);
}
