namespace Bot.Dialogs.Main;

/// <summary>How the customer-service dialog introduces itself.</summary>
public sealed class CustomerServiceOptions
{
    /// <summary>The name the welcome message introduces the bot with.</summary>
    public string Name { get; set; } = "Logistics Assistant";
}
