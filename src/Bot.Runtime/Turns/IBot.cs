namespace Bot.Runtime.Turns;

/// <summary>The bot's logic for one turn. The runtime calls it after dedupe, the conversation lease and state loading.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
