namespace Bot.Runtime.Turns;

/// <summary>
/// A step that runs around the bot on every turn, in DI registration order. Call <c>next</c> to continue
/// the pipeline; not calling it ends the turn there (state, transcript and the dedupe marker are still committed).
/// </summary>
public interface IMiddleware
{
    Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
