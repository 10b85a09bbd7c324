using System.Collections.Concurrent;
using Bot.Runtime.Turns;

namespace Bot.Host.Tests.Teams;

/// <summary>A middleware added after the host's own: the text of each message exactly as the bot gets it.</summary>
internal sealed class HeardTextRecorder : IMiddleware
{
    public ConcurrentQueue<string?> Texts { get; } = new();

    public Task OnTurnAsync(TurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type == "message")
        {
            Texts.Enqueue(turnContext.Activity.Text);
        }
        return next(cancellationToken);
    }
}
