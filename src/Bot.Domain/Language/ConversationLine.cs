namespace Bot.Domain.Language;

/// <summary>One line of a conversation for summarising: who spoke ("customer", "bot", "agent") and what was said.</summary>
public sealed record ConversationLine(string Speaker, string Text, DateTimeOffset At);
