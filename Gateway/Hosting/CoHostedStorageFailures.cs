using GridActors.Gateway.Problems;
using GridActors.Silo.Storage;
using GridActors.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace GridActors.Gateway.Hosting;

/// <summary>A co-hosted silo hands its grains' failures to the gateway as they were thrown, never
/// serialised, so the database driver's own exception arrives here rather than our stand-in: it is
/// read by the rule the silo's wire uses, and a database that is away is a 503 just the same.</summary>
public sealed class CoHostedStorageFailures(UnavailableHandler unavailable) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken) =>
        StorageFailures.Translate(exception) is StorageUnavailableException away && await unavailable.WriteAsync(context, away);
}
