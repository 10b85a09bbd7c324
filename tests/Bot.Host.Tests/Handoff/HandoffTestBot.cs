using System.Collections.Concurrent;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Handoff;

/// <summary>
/// A bot that answers every message ("bot heard: …"), asks for a person inside its turn when told "person" (as the
/// dialogs do), and records the events it receives.
/// </summary>
internal sealed class HandoffTestBot(IServiceProvider services) : IBot
{
    public const string AskForPerson = "person";

    private readonly TaskCompletionSource<Activity> _handedBack = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<Activity> Events { get; } = new();

    public ConcurrentQueue<HandoffTicket> Tickets { get; } = new();

    /// <summary>The first <see cref="HandoffEvents.HandedBack"/> event; fails after 10 seconds.</summary>
    public Task<Activity> HandedBack => _handedBack.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Event)
        {
            Events.Enqueue(activity with { });
            if (activity.Name == HandoffEvents.HandedBack)
            {
                _handedBack.TrySetResult(activity with { });
            }
            return;
        }
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }
        if (activity.Text == AskForPerson)
        {
            var requests = services.GetRequiredService<IHandoffRequests>();
            var ticket = await requests.RequestAsync(
                new HandoffRequest(
                    new ConversationAddress(activity.ChannelId!, activity.Conversation!.Id!), EscalationReason.CustomerAskedForPerson, Skill.Tracking, "en"),
                cancellationToken);
            Tickets.Enqueue(ticket);
            await turnContext.SendActivityAsync($"ticket: {ticket.Outcome}", cancellationToken);
            return;
        }
        await turnContext.SendActivityAsync($"bot heard: {activity.Text}", cancellationToken);
    }
}
