using System.Text.Json.Nodes;
using Bot.Protocol.Schema;

namespace Bot.Runtime.Turns;

/// <summary>
/// A card button that submits data instead of text (Adaptive Card <c>Action.Submit</c> in Web Chat and Teams, a messageBack
/// without text) arrives as a message with a <c>value</c> and no <c>text</c>. When that value names a choice
/// (<c>{"choice": "notify"}</c>, the convention of every button the bot renders), the choice becomes the message's text, so
/// prompts and recognisers understand a click exactly like the same words typed. Typed text always wins.
/// </summary>
public sealed class CardSubmitMiddleware : IMiddleware
{
    /// <summary>The property of a submitted value that holds what the button says.</summary>
    public const string ChoiceProperty = "choice";

    public Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message
            && string.IsNullOrWhiteSpace(activity.Text)
            && activity.Value is JsonObject value
            && value[ChoiceProperty] is JsonValue choice
            && choice.TryGetValue<string>(out var said)
            && !string.IsNullOrWhiteSpace(said))
        {
            activity.Text = said.Trim();
        }
        return next(cancellationToken);
    }
}
