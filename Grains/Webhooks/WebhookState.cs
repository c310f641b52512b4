namespace GridActors.Webhooks;

/// <summary>A subscription as stored: its definition (null until created), secret, creator, its
/// cursor in the event log, its receiver's health and its latest tries.</summary>
[GenerateSerializer, Alias("webhook.state.v1")]
public sealed class WebhookState
{
    [Id(0)] public WebhookInput? Definition { get; set; }
    [Id(1)] public string Secret { get; set; } = "";
    [Id(2)] public string CreatedBy { get; set; } = "";
    [Id(3)] public long Cursor { get; set; }
    [Id(4)] public DeliveryHealth Health { get; set; } = new();
    [Id(5)] public List<DeliveryRecord> Deliveries { get; set; } = [];
}
