namespace Bot.Host.AgentDesk;

/// <summary>Body of creating or editing a canned response.</summary>
internal sealed record CannedResponseRequest(string? Title, string? Text, string? Language);
