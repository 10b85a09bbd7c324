namespace Bot.Domain.Handoff;

/// <summary>
/// A reply agents insert with one click. <see cref="Text"/> may hold placeholders ({customerName}, {trackingNumber},
/// {agentName}, {reference}); <see cref="Language"/> is "en" or "zh".
/// </summary>
public sealed record CannedResponse(long Id, string Title, string Text, string Language, string CreatedBy, DateTimeOffset UpdatedAt);
