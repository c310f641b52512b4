using System.Text.Json.Nodes;
using GridActors.Gateway.Problems;
using GridActors.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace GridActors.Tests.Problems;

/// <summary>Which failures a client is told to retry, and how.</summary>
public class UnavailableHandlerTests
{
    public static TheoryData<Exception> Retryable => new()
    {
        new StorageUnavailableException("the database did not answer"),
        new SiloUnavailableException("the silo is dead"),
        new ConnectionFailedException("connection refused"),
        new GatewayTooBusyException(),
        new TimeoutException("Response did not arrive on time in 00:00:10"),
        new OperationCanceledException("Message expired before placement could complete for grain incident/inc-1"),
    };

    public static TheoryData<Exception> NotRetryable => new()
    {
        new StorageFaultException("duplicate key"),
        new InvalidOperationException("a bug"),
        new OrleansException("something else in Orleans"),
    };

    [Theory]
    [MemberData(nameof(Retryable))]
    public async Task A_failure_the_client_can_wait_out_is_a_503_problem_with_Retry_After(Exception failure)
    {
        var (handled, context) = await Handle(failure);

        Assert.True(handled);
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("2", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("application/problem+json", context.Response.ContentType);
        context.Response.Body.Position = 0;
        var problem = JsonNode.Parse(context.Response.Body)!;
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Equal("Unavailable", problem["code"]!.GetValue<string>());
        Assert.Equal("Send the same request again after 2 s, with the same Idempotency-Key for a write: it is applied once.", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(NotRetryable))]
    public async Task Any_other_failure_is_left_to_the_generic_500(Exception failure)
    {
        var (handled, context) = await Handle(failure);

        Assert.False(handled);
        Assert.Equal(200, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("Retry-After"));
    }

    [Fact]
    public void A_message_the_cluster_turned_away_is_retryable()
    {
        // Its constructors are Orleans' own; what the gateway receives is one, as the type says.
        Assert.True(Unavailable.IsRetryable((OrleansMessageRejectionException)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(OrleansMessageRejectionException))));
    }

    [Fact]
    public async Task A_request_the_client_gave_up_on_is_not_answered_503()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();

        var (handled, context) = await Handle(new OperationCanceledException(aborted.Token), aborted.Token);

        Assert.False(handled);
        Assert.False(context.Response.Headers.ContainsKey("Retry-After"));
    }

    private static async Task<(bool Handled, HttpContext Context)> Handle(Exception failure, CancellationToken requestAborted = default)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services, RequestAborted = requestAborted };
        context.Request.Method = "POST";
        context.Request.Path = "/api/v1/incidents";
        context.Response.Body = new MemoryStream();
        var handler = new UnavailableHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<UnavailableHandler>.Instance);
        var handled = await handler.TryHandleAsync(context, failure, CancellationToken.None);
        return (handled, context);
    }
}
