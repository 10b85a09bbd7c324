using Bot.Domain.Handoff;
using Bot.Host.Handoff;

namespace Bot.Host.AgentDesk;

// User names and ids only; never a password, a message text or a note.
internal static partial class AgentDeskLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Desk sign-in of agent {AgentId} ({UserName})")]
    public static partial void SignedIn(ILogger logger, string agentId, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk sign-in failed for {UserName}: {Reason}")]
    public static partial void SignInFailed(ILogger logger, string userName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk sign-in locked for {UserName} after repeated failures")]
    public static partial void SignInLocked(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk account {AgentId} ({UserName}) created with roles {Roles}")]
    public static partial void AccountCreated(ILogger logger, string agentId, string userName, AgentRoles roles);

    [LoggerMessage(Level = LogLevel.Error, Message = "The first admin from AgentDesk:Admin was not created: {Error}")]
    public static partial void FirstAdminRejected(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No desk account existed: created the development admin {UserName}; its password is printed on the console only")]
    public static partial void DevelopmentAccountCreated(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The agent desk has no account: set AgentDesk:Admin:UserName and :Password, or run `agents add <userName> --role admin`")]
    public static partial void NoAccount(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk action {Action} by agent {AgentId} on {EscalationId} refused: {Error}")]
    public static partial void ActionRefused(ILogger logger, string action, string agentId, string escalationId, DeskActionError error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Desk hub method {Method} failed for agent {AgentId}")]
    public static partial void HubMethodFailed(ILogger logger, Exception exception, string method, string? agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing {Event} to the desks failed")]
    public static partial void PushFailed(ILogger logger, Exception exception, string @event);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} closed the desk's last connection: presence set to offline")]
    public static partial void WentOffline(ILogger logger, string agentId);
}
