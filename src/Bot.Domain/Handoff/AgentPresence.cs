namespace Bot.Domain.Handoff;

public enum AgentPresence
{
    Offline,
    Away,
    Online,
}
