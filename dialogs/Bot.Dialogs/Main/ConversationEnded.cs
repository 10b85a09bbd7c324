namespace Bot.Dialogs.Main;

/// <summary>The result the customer-service dialog ends with when the customer said goodbye: the menu is not shown again.</summary>
public sealed class ConversationEnded
{
    public static readonly ConversationEnded Instance = new();

    private ConversationEnded()
    {
    }
}
