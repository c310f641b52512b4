namespace GridActors.Webhooks;

/// <summary>What an admin sets on a subscription: where to post, which kinds of event (such as
/// <c>case.dispatched</c>), for the cases of which area, and whether it delivers now.</summary>
[GenerateSerializer, Immutable, Alias("webhook.input.v1")]
public sealed record WebhookInput(
    [property: Id(0)] string Url,
    [property: Id(1)] IReadOnlyList<string> Kinds,
    [property: Id(2)] string Area,
    [property: Id(3)] bool Enabled);
