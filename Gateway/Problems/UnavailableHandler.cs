using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GridActors.Gateway.Problems;

/// <summary>Turns a failure the client can wait out (see <see cref="Unavailable"/>) into a 503 with
/// <c>Retry-After</c>, instead of a generic 500 the client cannot tell from a bug.</summary>
public sealed partial class UnavailableHandler(IProblemDetailsService problems, ILogger<UnavailableHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken) =>
        (Unavailable.IsRetryable(exception) || GaveUp(context, exception)) && await WriteAsync(context, exception);

    /// <summary>A cancellation the client did not ask for: the cluster gave up on the call, as when a
    /// message expires while its grain is placed again after a silo died.</summary>
    private static bool GaveUp(HttpContext context, Exception exception) =>
        exception is OperationCanceledException && !context.RequestAborted.IsCancellationRequested;

    /// <summary>The 503 for <paramref name="failure"/>, which the caller has found retryable.</summary>
    public async ValueTask<bool> WriteAsync(HttpContext context, Exception failure)
    {
        Refused(failure.GetType().Name, context.Request.Method, context.Request.Path, failure.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = Unavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = failure,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service is briefly unavailable",
                Detail = $"Send the same request again after {Unavailable.RetryAfterSeconds} s, with the same Idempotency-Key for a write: it is applied once.",
                Extensions = { ["code"] = "Unavailable" },
            },
        });
    }

    [LoggerMessage(LogLevel.Warning, "Answered 503 to {Method} {Path}: {Failure}: {Reason}")]
    private partial void Refused(string failure, string method, string path, string reason);
}
