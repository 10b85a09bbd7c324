namespace Bot.Host.Tests.AgentDesk;

/// <summary>A signed-in desk client and its cookie (<c>BotDesk=…</c>).</summary>
internal sealed record DeskSession(HttpClient Client, string Cookie);
