using GridActors.Territory;

namespace GridActors.Registers;

[GenerateSerializer, Alias("register.state.v1")]
public sealed class RegisterState
{
    [Id(0)] public Dictionary<string, RegisterEntry> Entries { get; set; } = [];
    /// <summary>Entry ids are numbers, never derived from a person, and never reused.</summary>
    [Id(1)] public long LastEntryNumber { get; set; }
    /// <summary>The audit lines of the latest changes, written with them and not yet known to be in
    /// the audit trail (<see cref="IRegisterAudit"/>): numbered up to <see cref="LastAuditNumber"/>.
    /// (Held the whole trail before it had a table of its own; such a state moves it there.)</summary>
    [Id(2)] public List<RegisterAuditRecord> Audit { get; set; } = [];
    /// <summary>Open overdue-visit alerts by entry id.</summary>
    [Id(3)] public Dictionary<string, Alert> Alerts { get; set; } = [];
    /// <summary>The entry each keyed add made, so a retry finds it rather than adding the person again.</summary>
    [Id(4)] public Dictionary<string, string> AddedBy { get; set; } = [];
    /// <summary>Visits recorded: the version of the latest in the log's visit stream.</summary>
    [Id(6)] public long Visits { get; set; }
    /// <summary>How many changes this register has audited.</summary>
    [Id(5)] public long LastAuditNumber { get; set; }

    /// <summary>The unflushed lines with their numbers: the last <see cref="Audit"/>.Count numbers.</summary>
    public IReadOnlyList<AuditLine> UnflushedAudit() =>
        [.. Audit.Select((record, i) => new AuditLine(LastAuditNumber - Audit.Count + 1 + i, record))];
}
