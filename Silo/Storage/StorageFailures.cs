using System.Data.Common;
using GridActors.Storage;
using Microsoft.Data.Sqlite;

namespace GridActors.Silo.Storage;

/// <summary>What a database's failure means to the caller: wait and send again, or not. Orleans wraps
/// a grain storage failure in its own exception, so the driver's is looked for down the chain.</summary>
public static class StorageFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>The driver's exception behind <paramref name="failure"/>, if a database caused it.</summary>
    public static DbException? Cause(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
            if (e is DbException db) return db;
        return null;
    }

    /// <summary>Gone, restarting, out of connections, timed out, busy, or a lost serialisation race:
    /// the same statement may well succeed shortly.</summary>
    public static bool IsTransient(DbException failure) =>
        failure.IsTransient || failure is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    /// <summary>Our serialisable stand-in for a database failure, or null when the database did not cause it.</summary>
    public static Exception? Translate(Exception failure) => Cause(failure) switch
    {
        null => null,
        var db when IsTransient(db) => new StorageUnavailableException($"the database did not answer: {db.Message}"),
        var db => new StorageFaultException($"the database refused the call: {db.Message}"),
    };
}
