namespace GridActors.Log;

/// <summary>A page of the log: its events, and the sequence number to read after next (past what
/// was read, including events left out for the reader's scope; equal to the one asked for when
/// nothing new was ready).</summary>
[GenerateSerializer, Immutable, Alias("log.page.v1")]
public sealed record EventPage(
    [property: Id(0)] IReadOnlyList<LoggedEvent> Events,
    [property: Id(1)] long Next);
