namespace Bot.Host.Handoff;

/// <summary>Who takes escalated conversations.</summary>
public enum HandoffMode
{
    /// <summary>The built-in queue and the agent desk at /agent.</summary>
    BuiltIn,

    /// <summary>The company's external contact centre, through the Bot Framework handoff protocol (handoff.initiate / handoff.status).</summary>
    External,
}
