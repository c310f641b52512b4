namespace GridActors.Access;

/// <summary>Who issues a command. <see cref="Scope"/> is an area code for operators, supervisors and
/// admins (they act on everything beneath it), a department code for departments, and the system's
/// own name for external systems.</summary>
[GenerateSerializer, Immutable, Alias("actor.v1")]
public sealed record Actor(
    [property: Id(0)] string Id,
    [property: Id(1)] Role Role,
    [property: Id(2)] string Scope)
{
    /// <summary>The id the platform acts under. Reserved: the gateway refuses any token or API key
    /// that claims it, so the history's "system" entries are the platform's alone.</summary>
    public const string SystemId = "system";

    /// <summary>True when this actor's area scope contains the given area or grid code.</summary>
    public bool Covers(string areaOrGridCode) =>
        Role is Role.Operator or Role.Supervisor or Role.Admin
        && AreaCode.Contains(Scope, areaOrGridCode);

    /// <summary>True when the actor is the handler named by a dispatch at the given level.</summary>
    public bool IsHandler(Incidents.HandlingLevel level, string? handler) => handler is not null && level switch
    {
        Incidents.HandlingLevel.Grid => Role == Role.Worker && Id == handler,
        Incidents.HandlingLevel.Department => Role == Role.Department && Scope == handler,
        _ => Role is Role.Operator or Role.Supervisor && Scope == handler,
    };
}
