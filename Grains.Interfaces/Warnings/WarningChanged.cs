using GridActors.Live;

namespace GridActors.Warnings;

/// <summary>A warning raised or changed (its new version); boards hear it as <c>alertRaised</c>, as a
/// grid's alerts.</summary>
[GenerateSerializer, Immutable, Alias("live.warning-raised.v1")]
public sealed record WarningRaised([property: Id(0)] EarlyWarning Warning) : LiveEvent;

/// <summary>A warning cleared; boards hear it as <c>alertCleared</c>.</summary>
[GenerateSerializer, Immutable, Alias("live.warning-cleared.v1")]
public sealed record WarningCleared([property: Id(0)] EarlyWarning Warning) : LiveEvent;
