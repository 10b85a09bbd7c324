namespace Bot.Runtime.Teams;

/// <summary>
/// What <see cref="TeamsMiddleware"/> learnt about a Teams turn: the tenant (from <c>channelData.tenant.id</c>), the
/// conversation type (<see cref="TeamsConversationTypes"/>) and whether the bot was @mentioned.
/// </summary>
public sealed record TeamsTurn(string? TenantId, string ConversationType, bool BotMentioned)
{
    /// <summary>True in group chats and channels, where the bot only answers when @mentioned.</summary>
    public bool IsShared => !string.Equals(ConversationType, TeamsConversationTypes.Personal, StringComparison.OrdinalIgnoreCase);
}
