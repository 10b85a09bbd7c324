namespace Bot.Domain.Handoff;

public static class TranscriptSpeakers
{
    public const string Customer = "customer";
    public const string Bot = "bot";
    public const string Agent = "agent";
    public const string System = "system";
    public const string Note = "note";
}
