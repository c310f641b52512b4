namespace GridActors.Configuration;

/// <summary>Something about a settings document in force that needs an admin before it makes
/// deadlines wrong: <see cref="Code"/> for programs (e.g. <c>calendar.year-unscheduled</c>),
/// <see cref="Message"/> for people, naming what is missing and what it does meanwhile.</summary>
[GenerateSerializer, Immutable, Alias("configuration-warning.v1")]
public sealed record ConfigurationWarning(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message);
