using System.Data.Common;

namespace GridActors.Silo.Storage.Cases;

/// <summary>Where the two back ends' SQL differs, for the case rows, the event log and the audit
/// trail alike: how an instant is stored, and how text is matched regardless of case.</summary>
public abstract class CaseDialect
{
    public abstract object Instant(DateTimeOffset value);

    public abstract DateTimeOffset ReadInstant(DbDataReader row, int ordinal);

    /// <summary>The operator that matches a LIKE pattern regardless of case.</summary>
    public abstract string LikeAnyCase { get; }
}

/// <summary>Instants are INTEGER microseconds since 1970-01-01 UTC; LIKE ignores ASCII case.</summary>
public sealed class SqliteCaseDialect : CaseDialect
{
    public static readonly SqliteCaseDialect Instance = new();

    public override object Instant(DateTimeOffset value) => (value.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    public override DateTimeOffset ReadInstant(DbDataReader row, int ordinal) => new(DateTime.UnixEpoch.Ticks + row.GetInt64(ordinal) * 10, TimeSpan.Zero);

    public override string LikeAnyCase => "LIKE";
}

/// <summary>Instants are timestamptz, which Npgsql writes only from UTC.</summary>
public sealed class PostgreSqlCaseDialect : CaseDialect
{
    public static readonly PostgreSqlCaseDialect Instance = new();

    public override object Instant(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadInstant(DbDataReader row, int ordinal) => row.GetFieldValue<DateTimeOffset>(ordinal);

    public override string LikeAnyCase => "ILIKE";
}
