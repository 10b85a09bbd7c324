using System.Security.Claims;

namespace Bot.Protocol.Authentication;

/// <summary>A validated caller: its claims and the callerId to stamp on the activity (null for Emulator tokens).</summary>
public sealed record BotAuthenticationResult(ClaimsIdentity Identity, string? CallerId);
