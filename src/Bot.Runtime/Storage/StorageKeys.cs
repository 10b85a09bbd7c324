namespace Bot.Runtime.Storage;

/// <summary>The store keys of PROTOCOL.md §7.1 and the keys derived from them (lease, dedupe marker, conversation record).</summary>
public static class StorageKeys
{
    public static string Conversation(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    public static string User(string channelId, string userId) => $"{channelId}/users/{userId}";

    public static string ProcessedActivity(string channelId, string conversationId, string activityId) =>
        $"{channelId}/conversations/{conversationId}/activities/{activityId}";
}
