namespace Bot.Deploy.Tests.Container;

internal sealed record DockerInstruction(string Keyword, string Arguments);
