using GridActors.Access;

namespace GridActors.Log;

/// <summary>One row of the append-only event log (事件日志): the <see cref="Version"/>th change of one
/// entity of a kind (<see cref="Stream"/>: <c>case</c>, <c>patrol</c> …), with a global
/// <see cref="Sequence"/> readers follow (0 until stored), its <see cref="Type"/> (a stable, versioned
/// name such as <c>case.dispatched.v1</c>) and its data as JSON.</summary>
[GenerateSerializer, Immutable, Alias("log.event.v1")]
public sealed record LoggedEvent(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string Stream,
    [property: Id(2)] string EntityId,
    [property: Id(3)] long Version,
    [property: Id(4)] string Type,
    [property: Id(5)] string CommandId,
    [property: Id(6)] Actor By,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string Data);
