namespace Bot.Domain.Handoff;

/// <summary>
/// How the host marks what it sends during a handoff, in the activity's <c>channelData</c>:
/// <c>{"handoff": {"role": "agent" | "system", "agentId", "agentName", "text"}}</c>. The customer sees the text with the
/// agent's name in front; <see cref="Text"/> keeps what the agent typed, for the desk's transcript.
/// </summary>
public static class HandoffChannelData
{
    public const string Property = "handoff";
    public const string Role = "role";
    public const string AgentId = "agentId";
    public const string AgentName = "agentName";
    public const string Text = "text";

    public const string AgentRole = "agent";
    public const string SystemRole = "system";
}
