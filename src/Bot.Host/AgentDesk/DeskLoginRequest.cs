namespace Bot.Host.AgentDesk;

/// <summary>The sign-in body of <c>POST /agent/login</c>.</summary>
internal sealed record DeskLoginRequest(string? UserName, string? Password);
