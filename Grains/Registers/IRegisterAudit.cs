namespace GridActors.Registers;

/// <summary>The registers' audit trail, append-only and apart from the registers' state, where it
/// would grow without bound. Kept for a configured period, then purged.</summary>
public interface IRegisterAudit
{
    /// <summary>Appends the lines. A numbered line (a change's, first written with the change in the
    /// register's state) is kept once however often it is appended.</summary>
    Task Append(string gridCode, IReadOnlyList<AuditLine> lines);

    /// <summary>A grid's trail, oldest first.</summary>
    Task<IReadOnlyList<AuditLine>> Read(string gridCode);

    /// <summary>Removes every line older than the instant; returns how many went.</summary>
    Task<int> Purge(DateTimeOffset before);
}

/// <summary>A line of the trail; <see cref="Number"/> is the register's own count for a change, none for a read.</summary>
public sealed record AuditLine(long? Number, RegisterAuditRecord Record);
