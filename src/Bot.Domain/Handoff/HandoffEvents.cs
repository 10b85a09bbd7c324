namespace Bot.Domain.Handoff;

/// <summary>
/// Event activities of the handoff. <see cref="HandedBack"/> reaches the bot (IBot) in a proactive turn when an agent, or
/// the external contact centre, gives the conversation back; its value is a JSON object with the properties below
/// (<see cref="AgentIdProperty"/> always; the others when known), so the dialogs can resume the interrupted dialog or
/// offer the survey. <see cref="Initiate"/> and <see cref="Status"/> are the Bot Framework handoff protocol (PROTOCOL.md §6).
/// </summary>
public static class HandoffEvents
{
    /// <summary>Sent by the host to the bot after a hand-back.</summary>
    public const string HandedBack = "handoff.handedBack";

    /// <summary>Sent to the channel / contact centre in External mode, with the transcript attached.</summary>
    public const string Initiate = "handoff.initiate";

    /// <summary>Received from the contact centre: value {"state": accepted | failed | completed, "message"?}.</summary>
    public const string Status = "handoff.status";

    public const string AgentIdProperty = "agentId";
    public const string AgentNameProperty = "agentName";
    public const string EscalationIdProperty = "escalationId";
    public const string OutcomeProperty = "outcome";
    public const string ResumeHintProperty = "resumeHint";

    /// <summary>The agent id of hand-backs by the external contact centre.</summary>
    public const string ExternalAgentId = "external";

    public const string StateProperty = "state";
    public const string MessageProperty = "message";
    public const string Accepted = "accepted";
    public const string Failed = "failed";
    public const string Completed = "completed";
}
