using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;

namespace Bot.Host.DirectLine;

/// <summary>Starts Direct Line conversations and hands client activities to the bot as turns.</summary>
internal sealed class DirectLineConversationService(
    DirectLineStore store,
    DirectLineChannel channel,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DirectLineConversationService> logger)
{
    /// <summary>Creates the conversation if needed and, the first time only, tells the bot who joined. True if this call started it.</summary>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, string serviceUrl, CancellationToken ct)
    {
        var conversation = await store.EnsureConversationAsync(conversationId, userId, locale, ct);
        if (conversation.Started || !await store.TryMarkStartedAsync(conversationId, ct))
        {
            return false;
        }
        DirectLineLog.ConversationStarted(logger, conversationId);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            // Sequence 0 is never used by the log, so this id cannot collide with a client-visible one.
            Id = DirectLineIds.ActivityId(conversationId, 0),
            Timestamp = time.GetUtcNow(),
            ChannelId = Channels.DirectLine,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount(conversation.UserId ?? userId, role: RoleTypes.User),
            Recipient = channel.BotAccount,
            MembersAdded = [new ChannelAccount(channel.BotAccount.Id!, channel.BotAccount.Name), new ChannelAccount(conversation.UserId ?? userId)],
            Locale = conversation.Locale ?? locale,
        };
        // A failed greeting must not fail the connection: the conversation exists and the user can talk.
        await RunTurnAsync(conversationId, update);
        return true;
    }

    /// <summary>Addresses a client activity the way the channel owns it: bot recipient, forced user id, channel fields.</summary>
    public Activity StampFromClient(Activity activity, string conversationId, string userId, string serviceUrl)
    {
        activity.ChannelId = Channels.DirectLine;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.Recipient = channel.BotAccount;
        activity.From = (activity.From ?? new ChannelAccount()) with { Id = userId, Role = RoleTypes.User };
        activity.ReplyToId = null;
        return activity;
    }

    /// <summary>Echoes the client's activity into the stream, then runs the bot's turn. The echo's id, or null if the bot failed.</summary>
    public async Task<(string Id, bool BotAccepted)> PostAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        var id = await channel.AcceptFromClientAsync(conversationId, activity, ct);
        if (activity.Type == ActivityTypes.Typing && !await PersonHasChatAsync(conversationId, ct))
        {
            // Typing is pushed to the socket only; the bot does not need a turn for it — unless a person has the chat
            // (queued or with an agent): then the turn takes it to the agent desk as a typing indicator.
            return (id, true);
        }
        return (id, await RunTurnAsync(conversationId, activity));
    }

    private async Task<bool> PersonHasChatAsync(string conversationId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IHandoffRequests>() is not { } handoff)
        {
            return false;
        }
        var owner = await handoff.OwnerOfAsync(new ConversationAddress(Channels.DirectLine, conversationId), ct);
        return owner is OwnerState.Queued or OwnerState.Agent;
    }

    private async Task<bool> RunTurnAsync(string conversationId, Activity activity)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var turns = scope.ServiceProvider.GetRequiredService<TurnProcessor>();
            // The activity is accepted once echoed; it runs to the end even if the client disconnects meanwhile.
            await turns.ProcessAsync(activity, channel.CreateConnector(conversationId), lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            DirectLineLog.TurnFailed(logger, exception, conversationId, activity.Id, activity.Type);
            return false;
        }
    }
}
