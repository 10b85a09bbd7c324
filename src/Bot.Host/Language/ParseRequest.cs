namespace Bot.Host.Language;

/// <summary>Body of <c>POST /api/language/parse</c>.</summary>
public sealed record ParseRequest(string? Text, string? Locale);
