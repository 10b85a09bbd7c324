namespace Bot.Host.Operations;

public sealed record ComplaintUpdateView(DateTimeOffset At, string Text, string Author);
