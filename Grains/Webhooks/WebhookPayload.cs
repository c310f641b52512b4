using System.Text.Json.Nodes;
using GridActors.Log;

namespace GridActors.Webhooks;

/// <summary>A delivery's body as Standard Webhooks suggests (<c>type</c>, <c>timestamp</c>, <c>data</c>),
/// whose <c>data</c> is the event as <c>GET /api/v1/events</c> shows it; of the cases it names as
/// likely duplicates, only those within the subscription's area.</summary>
public static class WebhookPayload
{
    /// <summary>Times go out at +08:00, as the API writes them.</summary>
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static async Task<string> Of(LoggedEvent e, string area, ICaseTable cases)
    {
        var data = JsonNode.Parse(e.Data)!.AsObject();
        if (data["likelyDuplicateOf"] is JsonArray { Count: > 0 } named)
        {
            var ids = named.Select(n => n!.GetValue<string>()).ToList();
            var grids = await cases.GridsOf(ids);
            data["likelyDuplicateOf"] = new JsonArray([.. ids
                .Where(id => grids.TryGetValue(id, out var grid) && AreaCode.Contains(area, grid))
                .Select(id => JsonValue.Create(id))]);
        }
        var entry = new JsonObject
        {
            ["sequence"] = e.Sequence,
            ["stream"] = e.Stream,
            ["entityId"] = e.EntityId,
            ["version"] = e.Version,
            ["type"] = e.Type,
            ["actor"] = new JsonObject { ["id"] = e.By.Id, ["role"] = e.By.Role.ToString() },
            ["at"] = e.At.ToOffset(Offset),
            ["data"] = data,
        };
        return new JsonObject { ["type"] = e.Type, ["timestamp"] = e.At.ToOffset(Offset), ["data"] = entry }.ToJsonString();
    }
}
