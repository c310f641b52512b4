using System.Text.Json;
using GridActors.Access;
using GridActors.Incidents.Log;
using GridActors.Log;

namespace GridActors.Warnings;

/// <summary>Each version of a warning is an event of the log's <c>warning</c> stream (entity: the
/// warning's id, version: its version), so the warnings are replayed with everything else, and a
/// version written twice (a repeat after a crash) is refused by the log as any other.</summary>
public static class WarningLog
{
    public const string Stream = "warning";

    public static LoggedEvent ToLogged(EarlyWarning w) =>
        new(0, Stream, w.Id, w.Version, TypeOf(w), $"{Stream}:{w.Id}:v{w.Version}",
            new Actor(Actor.SystemId, Role.Supervisor, w.Area[..6]), w.ChangedAt, JsonSerializer.Serialize(w, CaseEvents.Json));

    public static EarlyWarning FromLogged(LoggedEvent logged) =>
        JsonSerializer.Deserialize<EarlyWarning>(logged.Data, CaseEvents.Json)
            ?? throw new InvalidDataException($"warning {logged.EntityId} v{logged.Version}: empty event data");

    private static string TypeOf(EarlyWarning w) =>
        !w.IsOpen ? "warning.cleared.v1" : w.Version == 1 ? "warning.raised.v1" : "warning.updated.v1";
}
