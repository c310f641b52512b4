using GridActors.Incidents;

namespace GridActors;

/// <summary>Why a command was refused. Maps to HTTP: Invalid 400, NotFound 404, NotPermitted 403,
/// WrongState and Conflict 409, VersionMismatch 412.</summary>
public enum RefusalCode { Invalid, NotFound, NotPermitted, WrongState, Conflict, VersionMismatch }

/// <summary>A refused command: the code, a sentence for a person, and the field at fault if any.</summary>
[GenerateSerializer, Immutable, Alias("refusal.v1")]
public sealed record Refusal(
    [property: Id(0)] RefusalCode Code,
    [property: Id(1)] string Reason,
    [property: Id(2)] string? Field = null)
{
    public static Refusal Invalid(string field, string reason) => new(RefusalCode.Invalid, reason, field);
    public static Refusal NotFound(string reason) => new(RefusalCode.NotFound, reason);
    public static Refusal NotPermitted(string reason) => new(RefusalCode.NotPermitted, reason);
    public static Refusal Conflict(string reason) => new(RefusalCode.Conflict, reason);

    public static Refusal VersionMismatch(long expected, long actual) =>
        new(RefusalCode.VersionMismatch, $"the case is at version {actual}, not {expected}");

    public static Refusal WrongState(IncidentStatus status, string command) =>
        new(RefusalCode.WrongState, $"cannot {command} a case that is {status}");
}
