namespace GridActors.Incidents;

/// <summary>Applied, already applied (a retry of the same command id), or refused with the reason.
/// <see cref="Version"/> is the case's version after the command.</summary>
[GenerateSerializer, Immutable, Alias("command-result.v1")]
public sealed record CommandResult(
    [property: Id(0)] long Version,
    [property: Id(1)] bool AlreadyApplied = false,
    [property: Id(2)] Refusal? Refusal = null)
{
    public bool IsRefused => Refusal is not null;
    public static CommandResult Refused(Refusal refusal, long version) => new(version, Refusal: refusal);
}
