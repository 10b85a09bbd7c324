namespace Bot.Runtime.Turns;

/// <summary>Runs the rest of the turn pipeline (later middleware, then the bot).</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
