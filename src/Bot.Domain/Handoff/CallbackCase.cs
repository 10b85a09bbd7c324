using Bot.Domain.Conversations;

namespace Bot.Domain.Handoff;

/// <summary>
/// A message left for a call-back (outside opening hours, nobody online, or nobody came in time). The reference
/// (CB-YYYYMMDD-NNNN, by the day it was left) is what the customer can quote. <see cref="Reason"/> is a reason code.
/// </summary>
public sealed record CallbackCase(
    string Reference,
    ConversationAddress Conversation,
    string Language,
    string Text,
    DateTimeOffset CreatedAt,
    string Reason,
    bool Done = false,
    string? EscalationId = null);
