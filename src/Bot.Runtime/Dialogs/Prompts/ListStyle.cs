namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>How a choice prompt shows its choices; Auto picks what the channel supports.</summary>
public enum ListStyle
{
    Auto,
    SuggestedAction,
    HeroCard,
    List,
    Inline,
    None,
}
