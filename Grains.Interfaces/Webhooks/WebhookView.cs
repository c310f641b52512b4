namespace GridActors.Webhooks;

/// <summary>Whether a subscription delivers: <see cref="Active"/> does, <see cref="Disabled"/> was
/// turned off by an admin, <see cref="Suspended"/> failed for too long. The last two keep their backlog.</summary>
public enum WebhookStatus { Active, Disabled, Suspended }

/// <summary>A subscription as its admins see it, never with its secret. <see cref="Cursor"/> is the
/// last log sequence number handled (delivered, or not of this subscription's kinds or area).</summary>
[GenerateSerializer, Immutable, Alias("webhook.view.v1")]
public sealed record WebhookView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Url,
    [property: Id(2)] IReadOnlyList<string> Kinds,
    [property: Id(3)] string Area,
    [property: Id(4)] bool Enabled,
    [property: Id(5)] WebhookStatus Status,
    [property: Id(6)] string CreatedBy,
    [property: Id(7)] long Cursor,
    [property: Id(8)] DateTimeOffset? FailingSince,
    [property: Id(9)] DateTimeOffset? SuspendedAt,
    [property: Id(10)] string? SuspendedReason);
