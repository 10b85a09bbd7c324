namespace Bot.Domain.Handoff;

/// <summary>Why a callback case was opened.</summary>
public static class CallbackReasons
{
    public const string OutsideOpeningHours = "outside-opening-hours";
    public const string NoAgentOnline = "no-agent-online";
    public const string NoAgentInTime = "no-agent-in-time";
    public const string LeftMessage = "left-message";
}
