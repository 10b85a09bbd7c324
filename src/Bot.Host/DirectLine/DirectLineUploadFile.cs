namespace Bot.Host.DirectLine;

internal sealed record DirectLineUploadFile(string Name, string ContentType, byte[] Content);
