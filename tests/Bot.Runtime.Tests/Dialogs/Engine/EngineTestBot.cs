using Bot.Runtime.Dialogs;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Runtime.Tests.Dialogs.Engine;

/// <summary>Runs the root dialog for every activity (not only messages) and says how the turn ended when it did.</summary>
public sealed class EngineTestBot(Dialog root, DialogRunner runner) : IBot
{
    public static void Register(IServiceCollection services, Dialog root) =>
        services.AddSingleton<IBot>(sp => new EngineTestBot(root, sp.GetRequiredService<DialogRunner>()));

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(root, turnContext, cancellationToken);
        if (result.Status is DialogTurnStatus.Complete)
        {
            await turnContext.SendActivityAsync($"[complete: {result.Result ?? "(null)"}]", cancellationToken);
        }
        else if (result.Status is DialogTurnStatus.Cancelled)
        {
            await turnContext.SendActivityAsync("[cancelled]", cancellationToken);
        }
    }
}
