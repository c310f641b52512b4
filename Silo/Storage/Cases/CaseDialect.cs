using System.Data.Common;
using GridActors.Silo.Storage.Log;

namespace GridActors.Silo.Storage.Cases;

/// <summary>Where the two back ends' SQL for the case rows differs: how an instant is stored, and
/// how text is matched regardless of case.</summary>
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

    public override object Instant(DateTimeOffset value) => SqliteEventLog.ToMicroseconds(value);

    public override DateTimeOffset ReadInstant(DbDataReader row, int ordinal) => SqliteEventLog.FromMicroseconds(row.GetInt64(ordinal));

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
