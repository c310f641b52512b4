using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Registers;

/// <summary>A grid's registers of key persons and vulnerable people (重点对象、困难群体), keyed by
/// grid code. Kept apart from the grid so the grid's ledger and every board stay free of personal
/// data. Every call that returns entries writes an audit record first; if that write fails, nothing
/// is returned.</summary>
[Alias("register")]
public interface IRegisterGrain : IGrainWithStringKey
{
    [Alias("list")]
    Task<RegisterReply> List(Actor actor);

    [Alias("get")]
    Task<RegisterReply> Get(string entryId, Actor actor);

    /// <summary>With a command id, a retried add returns the entry the first one made (a read,
    /// audited as one) instead of putting the person on the register twice.</summary>
    [Alias("add")]
    Task<RegisterReply> Add(RegisterEntryInput input, Actor actor, string? commandId = null);

    /// <summary>Changes the entry when <paramref name="ifMatch"/> matches its version; a stale one
    /// is refused (VersionMismatch) and the entry keeps the change made meanwhile.</summary>
    [Alias("update")]
    Task<RegisterReply> Update(string entryId, RegisterEntryInput input, IfMatch ifMatch, Actor actor);

    /// <summary>Removes the entry when <paramref name="ifMatch"/> matches its version.</summary>
    [Alias("remove")]
    Task<Refusal?> Remove(string entryId, IfMatch ifMatch, Actor actor);

    /// <summary>A worker of the grid visited the person: the entry's visit clock starts again.</summary>
    [Alias("record-visit")]
    Task<RegisterReply> RecordVisit(string entryId, Actor actor);

    [Alias("audit")]
    Task<RegisterAuditReply> GetAudit(Actor actor);

    /// <summary>Counts without personal details, for the command centres covering the grid and its workers.</summary>
    [Alias("counts-for")]
    Task<RegisterCountsReply> GetCounts(Actor actor);

    /// <summary>Counts for the platform's own checks (retiring a grid, seeding the demo), never for a caller.</summary>
    [Alias("counts")]
    Task<RegisterCounts> GetCounts();
}
