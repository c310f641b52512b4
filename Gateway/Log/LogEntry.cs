using System.Text.Json;
using GridActors.Access;
using GridActors.Log;

namespace GridActors.Gateway.Log;

/// <summary>One event of the log as integrations read it: who acted by id and role (not their
/// scope), and the event's data as a JSON object.</summary>
public sealed record LogEntry(long Sequence, string Stream, string EntityId, long Version, string Type, LogActor Actor, DateTimeOffset At, JsonElement Data)
{
    public static LogEntry Of(LoggedEvent e)
    {
        using var data = JsonDocument.Parse(e.Data);
        return new LogEntry(e.Sequence, e.Stream, e.EntityId, e.Version, e.Type, new LogActor(e.By.Id, e.By.Role), e.At, data.RootElement.Clone());
    }
}

public sealed record LogActor(string Id, Role Role);

/// <summary>A page of <c>GET /api/v1/events</c>: ask next with <c>after=</c><see cref="Next"/>.</summary>
public sealed record LogPage(IReadOnlyList<LogEntry> Events, long Next);
