using System.Text.Json.Nodes;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Proactive;
using Bot.Runtime.Turns;

namespace Bot.Host.Handoff;

/// <summary>
/// Reaches the customer during a handoff: system notices, agent messages and typing, and the hand-back event that lets
/// the bot resume. Everything goes through the turn pipeline (lease, transcript), proactively unless the caller runs
/// inside the conversation's own turn (<see cref="HandoffTurns"/>).
/// </summary>
internal sealed class CustomerChannel(IServiceProvider services, HandoffTurns turns)
{
    // Resolved on use: the messenger needs the turn processor, which needs the middleware, which needs this (a cycle
    // at construction); the bot's dialogs in turn call the handoff service.
    private ProactiveMessenger Messenger => services.GetRequiredService<ProactiveMessenger>();

    private IBot Bot => services.GetRequiredService<IBot>();

    /// <summary>Sends proactively; returns the channel's ids of the sent activities.</summary>
    public async Task<IReadOnlyList<ResourceResponse>> SendAsync(ConversationAddress address, IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        IReadOnlyList<ResourceResponse> sent = [];
        await Messenger.ContinueConversationAsync(
            address.ChannelId, address.ConversationId, async (turn, token) => sent = await turn.SendActivitiesAsync(activities, token), ct);
        return sent;
    }

    /// <summary>Sends through the conversation's running turn when there is one (the caller is inside it), else proactively.</summary>
    public async Task SendFromTurnAsync(ConversationAddress address, IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        if (turns.Running(address) is { } turn)
        {
            await turn.SendActivitiesAsync(activities, ct);
            return;
        }
        await SendAsync(address, activities, ct);
    }

    /// <summary>The activity the running turn of the conversation received, if the caller is inside it.</summary>
    public Activity? RunningActivity(ConversationAddress address) => turns.Running(address)?.Activity;

    /// <summary>In one proactive turn: the notice, then the <see cref="HandoffEvents.HandedBack"/> event through the bot.</summary>
    public Task HandBackAsync(ConversationAddress address, Activity? notice, JsonObject value, CancellationToken ct) =>
        Messenger.ContinueConversationAsync(address.ChannelId, address.ConversationId, (turn, token) => HandBackAsync(turn, notice, value, token), ct);

    private async Task HandBackAsync(TurnContext turn, Activity? notice, JsonObject value, CancellationToken ct)
    {
        if (notice is not null)
        {
            await turn.SendActivityAsync(notice, ct);
        }
        // The turn's activity becomes the hand-back event, so the bot sees it like any inbound event of this conversation.
        turn.Activity.Type = ActivityTypes.Event;
        turn.Activity.Name = HandoffEvents.HandedBack;
        turn.Activity.Value = value;
        await Bot.OnTurnAsync(turn, ct);
    }
}
