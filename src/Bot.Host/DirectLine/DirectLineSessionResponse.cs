namespace Bot.Host.DirectLine;

internal sealed record DirectLineSessionResponse(string SessionId);
