namespace Bot.Host.Operations;

public sealed record CompensationView(string Kind, decimal Amount);
