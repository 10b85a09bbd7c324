using Microsoft.AspNetCore.SignalR;

namespace Bot.Host.AgentDesk;

// A fault (not a refused action) is logged with structure here; SignalR then tells the caller only that the call failed.
internal sealed class DeskHubErrorFilter(ILogger<DeskHubErrorFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext,
        Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception exception) when (exception is not HubException and not OperationCanceledException)
        {
            var agentId = invocationContext.Context.User is { } user ? DeskPrincipal.AgentId(user) : null;
            AgentDeskLog.HubMethodFailed(logger, exception, invocationContext.HubMethodName, agentId);
            throw new HubException("error: The desk could not do this; please try again.");
        }
    }
}
