using GridActors.Territory;

namespace GridActors.Registers;

[GenerateSerializer, Alias("register.state.v1")]
public sealed class RegisterState
{
    [Id(0)] public Dictionary<string, RegisterEntry> Entries { get; set; } = [];
    /// <summary>Entry ids are numbers, never derived from a person, and never reused.</summary>
    [Id(1)] public long LastEntryNumber { get; set; }
    /// <summary>Every read and change, oldest first. Written with the change, or before the read returns.</summary>
    [Id(2)] public List<RegisterAuditRecord> Audit { get; set; } = [];
    /// <summary>Open overdue-visit alerts by entry id.</summary>
    [Id(3)] public Dictionary<string, Alert> Alerts { get; set; } = [];
    /// <summary>The entry each keyed add made, so a retry finds it rather than adding the person again.</summary>
    [Id(4)] public Dictionary<string, string> AddedBy { get; set; } = [];
}
