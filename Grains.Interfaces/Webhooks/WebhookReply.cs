namespace GridActors.Webhooks;

/// <summary>A subscription command's answer: the subscription, or why it was refused. The secret
/// (Standard Webhooks' <c>whsec_</c> form) is given once, in the answer to its creation.</summary>
[GenerateSerializer, Immutable, Alias("webhook.reply.v1")]
public sealed record WebhookReply(
    [property: Id(0)] WebhookView? Webhook,
    [property: Id(1)] Refusal? Refusal,
    [property: Id(2)] string? Secret = null)
{
    public static WebhookReply Refused(Refusal refusal) => new(null, refusal);
}
