using Bot.Protocol.Schema;

namespace Bot.Runtime.Turns;

/// <summary>What a channel endpoint needs to know after a turn: whether it ran, and the invoke answer if any.</summary>
public sealed record TurnResult(TurnStatus Status, InvokeResponse? InvokeResponse = null);
