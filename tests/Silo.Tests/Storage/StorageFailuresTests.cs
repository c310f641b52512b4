using System.Net.Sockets;
using GridActors.Silo.Storage;
using GridActors.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;

namespace GridActors.Tests.Storage;

/// <summary>A database failure leaves the silo as an exception of ours that travels and says whether
/// to retry; the driver's own cannot travel at all.</summary>
public class StorageFailuresTests
{
    public static TheoryData<Exception> Away => new()
    {
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)),
        new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"),
        new NpgsqlException("The operation has timed out", new TimeoutException()),
        new SqliteException("database is locked", 5),
        // As Orleans hands a grain storage failure to the grain: wrapped in its own exception.
        new OrleansException("Error from storage provider AdoNetGrainStorage during WriteStateAsync",
            new NpgsqlException("Exception while reading from stream", new EndOfStreamException())),
    };

    public static TheoryData<Exception> Refused => new()
    {
        new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505"),
        new SqliteException("no such table: events", 1),
    };

    [Theory]
    [MemberData(nameof(Away))]
    public void A_database_that_is_away_becomes_storage_unavailable(Exception failure)
    {
        var translated = Assert.IsType<StorageUnavailableException>(StorageFailures.Translate(failure));
        Assert.Equal($"the database did not answer: {StorageFailures.Cause(failure)!.Message}", translated.Message);
        Assert.Null(translated.InnerException);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_statement_the_database_refuses_becomes_a_storage_fault(Exception failure)
    {
        var translated = Assert.IsType<StorageFaultException>(StorageFailures.Translate(failure));
        Assert.Equal($"the database refused the call: {failure.Message}", translated.Message);
    }

    [Fact]
    public void A_failure_without_a_database_behind_it_is_left_alone()
    {
        Assert.Null(StorageFailures.Translate(new InvalidOperationException("a bug", new ArgumentException("x"))));
    }

    [Fact]
    public void A_database_failure_crosses_the_wire_as_its_stand_in_where_the_drivers_own_exception_cannot()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        var plain = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        Assert.ThrowsAny<Exception>(() => plain.SerializeToArray<Exception>(refused));

        var silo = new ServiceCollection().AddSerializer().AddStorageFailureCodec().BuildServiceProvider().GetRequiredService<Serializer>();
        var activation = silo.Deserialize<Exception>(silo.SerializeToArray<Exception>(refused));
        var wrapped = silo.Deserialize<Exception>(silo.SerializeToArray<Exception>(
            new OrleansException("Error from storage provider AdoNetGrainStorage during ReadStateAsync", refused)));

        Assert.Equal("the database did not answer: Failed to connect", Assert.IsType<StorageUnavailableException>(activation).Message);
        Assert.IsType<OrleansException>(wrapped);
        Assert.Equal("the database did not answer: Failed to connect", Assert.IsType<StorageUnavailableException>(wrapped.InnerException).Message);
    }
}
