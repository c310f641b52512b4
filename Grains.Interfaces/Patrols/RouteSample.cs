namespace GridActors.Patrols;

/// <summary>One position of a patrol's route, as the phone sampled it, and when.</summary>
[GenerateSerializer, Immutable, Alias("patrol.sample.v1")]
public sealed record RouteSample(
    [property: Id(0)] double Latitude,
    [property: Id(1)] double Longitude,
    [property: Id(2)] DateTimeOffset At);
