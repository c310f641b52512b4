using System.Text.Json;
using System.Text.Json.Serialization;
using GridActors.Access;
using GridActors.Incidents.Log;
using GridActors.Registers;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Log;

/// <summary>What the assessment replays besides cases, each kind in a stream of its own: patrols
/// (per grid), register visits (per grid: which register and when, never who), workers' duty and
/// presence (per worker), alerts (per alert: raised, acknowledged, cleared), and the versions of the
/// territory and of the shared configuration documents in force. The discriminator
/// is the stable, versioned type name.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PatrolRecorded), "patrol.recorded.v1")]
[JsonDerivedType(typeof(VisitRecorded), "visit.recorded.v1")]
[JsonDerivedType(typeof(WorkerPresenceChanged), "worker.presence.v1")]
[JsonDerivedType(typeof(AlertChanged), "alert.changed.v1")]
[JsonDerivedType(typeof(TerritoryApplied), "territory.applied.v1")]
[JsonDerivedType(typeof(ConfigurationChanged), "configuration.changed.v1")]
public abstract record ComplianceEvent
{
    /// <summary>Appends the event as the <paramref name="version"/>th of its entity; a repeat (the
    /// same version again) is already there and changes nothing.</summary>
    public Task Record(IEventLog log, string stream, string entityId, long version, Actor by, DateTimeOffset at)
    {
        var data = JsonSerializer.SerializeToElement(this, CaseEvents.Json);
        return log.Append(new LoggedEvent(0, stream, entityId, version, data.GetProperty("type").GetString()!,
            $"{stream}:{entityId}:v{version}", by, at, data.GetRawText()));
    }
}

/// <summary>巡查: a patrol of the grid by one of its workers, and the share of the grid its route covered.</summary>
public sealed record PatrolRecorded(string GridCode, string WorkerId, string? PatrolId = null, double? Coverage = null) : ComplianceEvent
{
    public const string Stream = "patrol";
}

/// <summary>走访: a visit to an entry of one of the grid's registers, with when it was due.</summary>
public sealed record VisitRecorded(string GridCode, RegisterKind Register, DateTimeOffset DueAt, bool OnTime) : ComplianceEvent
{
    public const string Stream = "visit";
}

public sealed record WorkerPresenceChanged(DutyStatus Duty, bool Offline, IReadOnlyList<string> Grids) : ComplianceEvent
{
    public const string Stream = "worker";
}

/// <summary>An alert's change; its version is the change's number, so each happens once per alert.</summary>
public sealed record AlertChanged(string GridCode, AlertKind Kind, AlertChange Change, DateTimeOffset RaisedAt) : ComplianceEvent
{
    public const string Stream = "alert";

    public static AlertChanged Of(Alert a) =>
        new(a.GridCode, a.Kind, !a.IsOpen ? AlertChange.Cleared : a.AcknowledgedAt is not null ? AlertChange.Acknowledged : AlertChange.Raised, a.RaisedAt);

    public DateTimeOffset At(Alert a) => Change switch
    {
        AlertChange.Cleared => a.ClearedAt!.Value,
        AlertChange.Acknowledged => a.AcknowledgedAt!.Value,
        _ => a.RaisedAt,
    };
}

public enum AlertChange { Raised = 1, Acknowledged = 2, Cleared = 3 }

/// <summary>A boundary file applied: its version (a hash of the file), how many grids, which it retired.</summary>
public sealed record TerritoryApplied(string Version, int Grids, IReadOnlyList<string> Retired) : ComplianceEvent
{
    public const string Stream = "territory";
}

/// <summary>A shared settings document (the category catalogue, the working calendar) put in force, by its tag.</summary>
public sealed record ConfigurationChanged(string Document, string Tag) : ComplianceEvent
{
    public const string Stream = "configuration";
}
