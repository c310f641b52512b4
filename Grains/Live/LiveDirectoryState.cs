namespace GridActors.Live;

[GenerateSerializer, Alias("live-directory.v1")]
public sealed class LiveDirectoryState
{
    [Id(0)] public Dictionary<string, GatewayRegistration> Gateways { get; set; } = [];
}

/// <summary>A gateway's observer and when it last renewed.</summary>
[GenerateSerializer, Immutable, Alias("live-directory.gateway.v1")]
public sealed record GatewayRegistration(
    [property: Id(0)] ILiveObserver Observer,
    [property: Id(1)] DateTimeOffset RenewedAt);
