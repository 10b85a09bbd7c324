using Bot.Runtime.Turns;

namespace Bot.Runtime.Tests.Infrastructure;

public sealed class DelegateBot(Func<TurnContext, CancellationToken, Task> onTurn) : IBot
{
    public Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken) => onTurn(turnContext, cancellationToken);
}
