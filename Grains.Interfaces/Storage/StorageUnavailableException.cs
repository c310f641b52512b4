namespace GridActors.Storage;

/// <summary>The database did not answer (stopped, restarting, out of connections, timed out). It
/// stands in for the driver's own exception at the silo's edge, whose type the gateway cannot
/// deserialise, so the caller learns what happened and that the same call may be sent again shortly
/// (a write with the same idempotency key: it may have been stored before the answer was lost).</summary>
[GenerateSerializer, Alias("storage.unavailable.v1")]
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message) : base(message)
    {
    }
}
