namespace GridActors.Registers;

/// <summary>Who a register entry is about (docs/domain.md, "Grid duties").</summary>
public enum RegisterKind
{
    /// <summary>重点对象: e.g. released prisoners, drug-related or cult-related persons.</summary>
    KeyPerson,
    /// <summary>困难群体: elderly living alone, children in difficulty, the seriously ill or disabled.</summary>
    VulnerablePerson,
}

/// <summary>What a person sends to add or change an entry.</summary>
[GenerateSerializer, Immutable, Alias("register.entry-input.v1")]
public sealed record RegisterEntryInput(
    [property: Id(0)] RegisterKind Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] string Address,
    [property: Id(4)] int VisitEveryDays,
    [property: Id(3)] string? Note = null);

/// <summary>One person on a grid's register, with their own visit cadence. Personal data of the most
/// sensitive kind: it leaves the register grain only to those <c>RegisterAccess</c> allows, after the
/// read is audited. <see cref="Version"/> counts its edits (its entity tag; a visit is no edit): a change or removal
/// names the version it was made from, so two editors never overwrite each other.</summary>
[GenerateSerializer, Immutable, Alias("register.entry.v1")]
public sealed record RegisterEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] RegisterKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] string Address,
    [property: Id(4)] string? Note,
    [property: Id(5)] int VisitEveryDays,
    [property: Id(6)] DateTimeOffset AddedAt,
    [property: Id(7)] DateTimeOffset? LastVisitAt,
    [property: Id(8)] DateTimeOffset VisitDueAt,
    [property: Id(9)] long Version = 1);

/// <summary>One line of a register's audit trail: who did what to which entries, when. Entry ids
/// only, never names, so the trail itself carries no personal data.</summary>
[GenerateSerializer, Immutable, Alias("register.audit.v1")]
public sealed record RegisterAuditRecord(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ActorId,
    [property: Id(2)] Access.Role Role,
    [property: Id(3)] string Action,
    [property: Id(4)] IReadOnlyList<string> EntryIds);

/// <summary>How many entries a register holds and how many visits are overdue: what a command centre
/// sees of it without reading anyone's details.</summary>
[GenerateSerializer, Immutable, Alias("register.counts.v1")]
public sealed record RegisterCounts(
    [property: Id(0)] int KeyPersons,
    [property: Id(1)] int VulnerablePeople,
    [property: Id(2)] int VisitsOverdue);

/// <summary>The counts, or why they may not be read.</summary>
[GenerateSerializer, Immutable, Alias("register.counts-reply.v1")]
public sealed record RegisterCountsReply(
    [property: Id(0)] GridActors.Refusal? Refusal,
    [property: Id(1)] RegisterCounts? Counts);

/// <summary>Entries, or why none may be returned.</summary>
[GenerateSerializer, Immutable, Alias("register.reply.v1")]
public sealed record RegisterReply(
    [property: Id(0)] GridActors.Refusal? Refusal,
    [property: Id(1)] IReadOnlyList<RegisterEntry> Entries,
    [property: Id(2)] bool AlreadyApplied = false);

/// <summary>The audit trail, or why it may not be read.</summary>
[GenerateSerializer, Immutable, Alias("register.audit-reply.v1")]
public sealed record RegisterAuditReply(
    [property: Id(0)] GridActors.Refusal? Refusal,
    [property: Id(1)] IReadOnlyList<RegisterAuditRecord> Records);
