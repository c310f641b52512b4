using Microsoft.AspNetCore.SignalR;

namespace GridActors.Gateway.Live;

/// <summary>A hub call the hub refuses (a <see cref="HubException"/>: forbidden, no such case) is
/// the caller's mistake, logged at information without a stack trace; anything else is a fault,
/// logged as an error with it. SignalR's own error line for both is off by default (QuietLogs).</summary>
public sealed class HubRefusals(ILogger<HubRefusals> log) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        catch (HubException refused)
        {
            log.LogInformation("Refused {Hub}.{Method} for {User}: {Reason}",
                invocation.Hub.GetType().Name, invocation.HubMethodName, invocation.Context.UserIdentifier, refused.Message);
            throw;
        }
        catch (Exception fault)
        {
            log.LogError(fault, "{Hub}.{Method} failed for {User}", invocation.Hub.GetType().Name, invocation.HubMethodName, invocation.Context.UserIdentifier);
            throw;
        }
    }
}
