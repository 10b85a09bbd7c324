namespace Bot.Runtime.Dialogs.Interruptions;

/// <summary>Dialog events raised by interruptions, for hosts and outer dialogs to handle.</summary>
public static class InterruptionEvents
{
    /// <summary>The user asked for a person; value is a <see cref="HandoffRequest"/>. Bubbles to the root.</summary>
    public const string HandoffRequested = "handoffRequested";
}
