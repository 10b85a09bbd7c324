namespace Bot.Domain.Handoff;

/// <summary>One message of a stored conversation as a person reads it: who (<see cref="TranscriptSpeakers"/>), plain text, when.</summary>
public sealed record TranscriptLine(
    string Id,
    string Speaker,
    string Text,
    DateTimeOffset At,
    string? AgentId = null,
    string? AgentName = null,
    IReadOnlyList<string>? AttachmentNames = null);
