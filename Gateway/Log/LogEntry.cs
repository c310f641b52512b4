using System.Text.Json;
using System.Text.Json.Nodes;
using GridActors.Access;
using GridActors.Gateway.Auth;
using GridActors.Log;

namespace GridActors.Gateway.Log;

/// <summary>One event of the log as integrations read it: who acted by id and role (not their
/// scope), and the event's data as a JSON object.</summary>
public sealed record LogEntry(long Sequence, string Stream, string EntityId, long Version, string Type, LogActor Actor, DateTimeOffset At, JsonElement Data)
{
    /// <summary>The event as the reader may see it: of the cases a report likely duplicates, only
    /// those the reader may read are named, as in the case file.</summary>
    public static async Task<LogEntry> Of(LoggedEvent e, Actor reader, IGrainFactory grains)
    {
        var data = JsonNode.Parse(e.Data)!.AsObject();
        if (data["likelyDuplicateOf"] is JsonArray { Count: > 0 } named)
        {
            var readable = await VisibleDuplicates.Readable([.. named.Select(n => n!.GetValue<string>())], reader, grains);
            data["likelyDuplicateOf"] = new JsonArray([.. readable.Select(id => JsonValue.Create(id))]);
        }
        return new LogEntry(e.Sequence, e.Stream, e.EntityId, e.Version, e.Type, new LogActor(e.By.Id, e.By.Role), e.At, JsonSerializer.SerializeToElement(data));
    }
}

public sealed record LogActor(string Id, Role Role);

/// <summary>A page of <c>GET /api/v1/events</c>: ask next with <c>after=</c><see cref="Next"/>.</summary>
public sealed record LogPage(IReadOnlyList<LogEntry> Events, long Next);
