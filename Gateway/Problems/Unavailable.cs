using GridActors.Storage;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace GridActors.Gateway.Problems;

/// <summary>The failures a client should meet by waiting a moment and sending the same request again
/// (a write with the same Idempotency-Key): the database is away, the silo holding the grain died or
/// is restarting, the cluster turned the message away, or no answer came within the response timeout.</summary>
public static class Unavailable
{
    /// <summary>Seconds a client waits before the retry: about what a dead silo's grains take to come
    /// back on another, or the database to take connections again after a restart.</summary>
    public const int RetryAfterSeconds = 2;

    public static bool IsRetryable(Exception failure) => failure is
        StorageUnavailableException
        or SiloUnavailableException
        or OrleansMessageRejectionException
        or GatewayTooBusyException
        or ConnectionFailedException
        or TimeoutException;
}
