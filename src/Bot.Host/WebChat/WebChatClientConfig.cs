namespace Bot.Host.WebChat;

// What the page fetches from /webchat/config.json; serialised as JSON, so every value arrives escaped.
internal sealed record WebChatClientConfig(
    string Title,
    string BotName,
    string PrimaryColor,
    string AccentColor,
    string BotAvatarInitials,
    string? BotAvatarImageUrl,
    string UserAvatarInitials)
{
    public static WebChatClientConfig From(WebChatOptions options) => new(
        options.Title,
        options.BotName,
        options.PrimaryColor,
        options.AccentColor,
        options.BotAvatarInitials,
        string.IsNullOrEmpty(options.BotAvatarImageUrl) ? null : options.BotAvatarImageUrl,
        options.UserAvatarInitials);
}
