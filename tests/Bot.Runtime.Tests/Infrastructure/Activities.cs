using Bot.Protocol.Schema;

namespace Bot.Runtime.Tests.Infrastructure;

public static class Activities
{
    public static Activity Message(string conversationId, string text, string? id = null, string userId = "user1", string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = "https://channel.invalid/",
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount(userId, "User", RoleTypes.User),
        Recipient = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
        Text = text,
        Locale = locale,
        Timestamp = DateTimeOffset.UtcNow,
    };

    public static async Task<T> Within<T>(this Task<T> task, int seconds = 10) => await task.WaitAsync(TimeSpan.FromSeconds(seconds));

    public static async Task Within(this Task task, int seconds = 10) => await task.WaitAsync(TimeSpan.FromSeconds(seconds));
}
