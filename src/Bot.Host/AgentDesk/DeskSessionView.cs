namespace Bot.Host.AgentDesk;

/// <summary>Whether the caller has a valid desk sign-in (<c>GET /agent/session</c>); nothing else.</summary>
internal sealed record DeskSessionView(bool SignedIn);
