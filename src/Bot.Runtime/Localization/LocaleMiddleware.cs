using Bot.Runtime.Turns;

namespace Bot.Runtime.Localization;

/// <summary>Puts the turn's resolved locale into <see cref="TurnContext.TurnState"/> before the rest of the turn runs.</summary>
public sealed class LocaleMiddleware(LocaleResolver resolver) : IMiddleware
{
    public async Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        turnContext.SetLocale(await resolver.ResolveAsync(turnContext, cancellationToken));
        await next(cancellationToken);
    }
}
