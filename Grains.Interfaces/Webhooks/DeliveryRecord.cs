namespace GridActors.Webhooks;

/// <summary>One try to hand an event to a subscription's receiver: the event, the delivery's
/// <c>webhook-id</c>, the receiver's HTTP status (null when none came: refused connection, timeout,
/// open breaker), how many requests the try made, how long it took, and why it failed if it did.</summary>
[GenerateSerializer, Immutable, Alias("webhook.delivery.v1")]
public sealed record DeliveryRecord(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string Type,
    [property: Id(3)] string WebhookId,
    [property: Id(4)] bool Delivered,
    [property: Id(5)] int? Status,
    [property: Id(6)] int Attempts,
    [property: Id(7)] double LatencyMs,
    [property: Id(8)] DateTimeOffset At,
    [property: Id(9)] string? Error);
