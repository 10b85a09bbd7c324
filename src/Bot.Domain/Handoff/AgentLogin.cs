namespace Bot.Domain.Handoff;

/// <summary>An account with its stored password hash, for the desk's sign-in only.</summary>
public sealed record AgentLogin(AgentAccount Account, string PasswordHash);
