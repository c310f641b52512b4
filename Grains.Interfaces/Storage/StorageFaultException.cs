namespace GridActors.Storage;

/// <summary>The database refused the call for a reason waiting will not cure (a constraint, a
/// statement it cannot run, a full disk). It stands in for the driver's own exception at the silo's
/// edge, whose type the gateway cannot deserialise; the silo logs the original.</summary>
[GenerateSerializer, Alias("storage.fault.v1")]
public sealed class StorageFaultException : Exception
{
    public StorageFaultException(string message) : base(message)
    {
    }
}
