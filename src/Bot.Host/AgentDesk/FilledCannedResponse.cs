namespace Bot.Host.AgentDesk;

/// <summary>A canned response with its placeholders filled for one conversation (unknown values stay as placeholders).</summary>
internal sealed record FilledCannedResponse(long Id, string Title, string Text, string Language);
