using GridActors.Access;
using Orleans.Concurrency;

namespace GridActors.Webhooks;

/// <summary>One webhook subscription (keyed by its id): its definition, its cursor in the event log
/// and its deliveries. Only admins whose area holds the subscription's area reach it; to anyone
/// else it does not exist.</summary>
public interface IWebhookGrain : IGrainWithStringKey
{
    [Alias("create")]
    Task<WebhookReply> Create(WebhookInput input, Actor by);

    [Alias("get"), AlwaysInterleave]
    Task<WebhookReply> Get(Actor by);

    [Alias("update")]
    Task<WebhookReply> Update(WebhookInput input, Actor by);

    [Alias("delete")]
    Task<Refusal?> Delete(Actor by);

    /// <summary>Lifts a suspension: delivery goes on from the cursor.</summary>
    [Alias("resume")]
    Task<WebhookReply> Resume(Actor by);

    /// <summary>Delivers again from (and including) a log sequence number, and lifts a suspension.</summary>
    [Alias("redeliver")]
    Task<WebhookReply> RedeliverFrom(long sequence, Actor by);

    /// <summary>The grain's own poll: delivers what waits, if it may. Harmless from anywhere else.</summary>
    [Alias("wake"), OneWay]
    Task Wake();

    /// <summary>The latest tries, newest first.</summary>
    [Alias("deliveries"), AlwaysInterleave]
    Task<DeliveryLog> Deliveries(Actor by);
}

[GenerateSerializer, Immutable, Alias("webhook.deliveries.v1")]
public sealed record DeliveryLog(
    [property: Id(0)] IReadOnlyList<DeliveryRecord>? Deliveries,
    [property: Id(1)] Refusal? Refusal);
