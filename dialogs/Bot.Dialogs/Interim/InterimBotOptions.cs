namespace Bot.Dialogs.Interim;

/// <summary>What the interim bot says about itself.</summary>
public sealed class InterimBotOptions
{
    /// <summary>The name the welcome message introduces the bot with.</summary>
    public string Name { get; set; } = "Logistics Assistant";
}
