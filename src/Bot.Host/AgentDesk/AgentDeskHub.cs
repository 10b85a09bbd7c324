using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Bot.Host.AgentDesk;

/// <summary>
/// The desk's live connection (<c>/agent/hub</c>, desk cookie required). Every method acts as the signed-in agent through
/// <see cref="IAgentDeskService"/>; a refused action is a <see cref="HubException"/> whose message starts with an error code
/// (<c>not-found</c>, <c>not-yours</c>, <c>invalid-state</c>, <c>invalid-input</c>, <c>delivery-failed</c>).
/// </summary>
[Authorize(Policy = DeskRoles.AgentPolicy)]
internal sealed class AgentDeskHub(IAgentDeskService desk, DeskConnections connections, ILogger<AgentDeskHub> logger) : Hub<IAgentDeskClient>
{
    public const int MaxTextLength = 4000;

    private DeskAgent Agent => DeskPrincipal.Agent(Context.User!);

    public Task<IReadOnlyList<QueueEntryView>> GetQueue() => desk.QueueAsync(Agent, Context.ConnectionAborted);

    public async Task<ConversationView> OpenConversation(string escalationId)
    {
        var (error, view) = await desk.ConversationAsync(Agent, Id(escalationId), Context.ConnectionAborted);
        Check(nameof(OpenConversation), escalationId, error);
        return view ?? throw DeskErrors.Hub(DeskActionError.NotFound);
    }

    public async Task Claim(string escalationId) =>
        Check(nameof(Claim), escalationId, await desk.ClaimAsync(Agent, Id(escalationId), Context.ConnectionAborted));

    public async Task Send(string escalationId, string text) =>
        Check(nameof(Send), escalationId, await desk.SendAsync(Agent, Id(escalationId), Text(text), Context.ConnectionAborted));

    public async Task Typing(string escalationId) =>
        Check(nameof(Typing), escalationId, await desk.TypingAsync(Agent, Id(escalationId), Context.ConnectionAborted));

    public async Task AddNote(string escalationId, string text) =>
        Check(nameof(AddNote), escalationId, await desk.AddNoteAsync(Agent, Id(escalationId), Text(text), Context.ConnectionAborted));

    /// <summary>To another agent (<paramref name="toAgentId"/>) or back to the queue for a skill (<paramref name="toSkill"/>); exactly one of them.</summary>
    public async Task Transfer(string escalationId, string? toAgentId, Skill? toSkill)
    {
        var agentTarget = string.IsNullOrWhiteSpace(toAgentId) ? null : toAgentId.Trim();
        if ((agentTarget is null) == (toSkill is null) || (toSkill is { } skill && !Enum.IsDefined(skill)))
        {
            throw DeskErrors.Hub(DeskActionError.InvalidInput, "Transfer to one agent or to one skill.");
        }
        Check(nameof(Transfer), escalationId,
            await desk.TransferAsync(Agent, Id(escalationId), agentTarget, toSkill, Context.ConnectionAborted));
    }

    public async Task Resolve(string escalationId, string outcomeCode)
    {
        if (!OutcomeCodes.All.Contains(outcomeCode, StringComparer.Ordinal))
        {
            throw DeskErrors.Hub(DeskActionError.InvalidInput, $"The outcome is one of: {string.Join(", ", OutcomeCodes.All)}.");
        }
        Check(nameof(Resolve), escalationId, await desk.ResolveAsync(Agent, Id(escalationId), outcomeCode, Context.ConnectionAborted));
    }

    public async Task HandBack(string escalationId) =>
        Check(nameof(HandBack), escalationId, await desk.HandBackAsync(Agent, Id(escalationId), Context.ConnectionAborted));

    public Task SetPresence(AgentPresence presence) =>
        Enum.IsDefined(presence)
            ? desk.SetPresenceAsync(Agent, presence, Context.ConnectionAborted)
            : throw DeskErrors.Hub(DeskActionError.InvalidInput, "Presence is Online, Away or Offline.");

    public override async Task OnConnectedAsync()
    {
        var agent = Agent;
        await Groups.AddToGroupAsync(Context.ConnectionId, DeskGroups.Agents);
        await Groups.AddToGroupAsync(Context.ConnectionId, DeskGroups.Agent(agent.AgentId));
        if (agent.IsSupervisor)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, DeskGroups.Supervisors);
        }
        connections.Opened(agent.AgentId);
        await base.OnConnectedAsync();
    }

    // Closing the desk's last tab makes the agent unavailable to routing; the page sets its chosen presence on connect.
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        var agent = Agent;
        if (connections.Closed(agent.AgentId))
        {
            await desk.SetPresenceAsync(agent, AgentPresence.Offline, CancellationToken.None);
            AgentDeskLog.WentOffline(logger, agent.AgentId);
        }
        await base.OnDisconnectedAsync(exception);
    }

    private static string Id(string? escalationId) =>
        string.IsNullOrWhiteSpace(escalationId) || escalationId.Length > 100
            ? throw DeskErrors.Hub(DeskActionError.InvalidInput, "Name the conversation.")
            : escalationId.Trim();

    private static string Text(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength
            ? throw DeskErrors.Hub(DeskActionError.InvalidInput, $"Write 1 to {MaxTextLength} characters.")
            : text.Trim();

    private void Check(string action, string escalationId, DeskActionError error)
    {
        if (error != DeskActionError.None)
        {
            AgentDeskLog.ActionRefused(logger, action, Agent.AgentId, escalationId, error);
            throw DeskErrors.Hub(error);
        }
    }
}
