namespace Bot.Domain.Language;

/// <summary>The customer's text (data, never instructions) and the conversation's locale if known.</summary>
public sealed record UnderstandingRequest(string Text, string? Locale = null);
