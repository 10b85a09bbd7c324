namespace Bot.LoadClient;

/// <summary>Plays one turn of a virtual user's conversation against the bot and says how it went.</summary>
internal interface ITurnDriver
{
    /// <summary>What the mode measures, for the summary.</summary>
    string Describes { get; }

    Task<TurnOutcome> RunTurnAsync(TurnRequest request, CancellationToken cancellationToken);

    /// <summary>Called once a conversation's last turn is done, so per-conversation bookkeeping can be let go.</summary>
    void EndConversation(TurnRequest lastTurn);
}
