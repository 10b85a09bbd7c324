using System.Security.Cryptography;

namespace Bot.Host.DirectLine;

/// <summary>Random, URL-safe identifiers for conversations, users and uploaded files.</summary>
internal static class DirectLineIds
{
    public const string UserPrefix = "dl_";

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string NewConversationId() => RandomNumberGenerator.GetString(Alphabet, 22);

    public static string NewUserId() => UserPrefix + RandomNumberGenerator.GetString(Alphabet, 16);

    // 128+ bits: the id itself is the capability to read the file (see DirectLineUploadApi).
    public static string NewAttachmentId() => RandomNumberGenerator.GetString(Alphabet, 32);

    public static string ActivityId(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    public static string TransientActivityId(string conversationId) => $"{conversationId}|t{RandomNumberGenerator.GetString(Alphabet, 12)}";

    /// <summary>User ids in a token must carry the <c>dl_</c> prefix so a client cannot impersonate a token user.</summary>
    public static string? NormalizeTokenUserId(string? requested) =>
        string.IsNullOrWhiteSpace(requested) || requested.Length > 200 ? null
        : requested.StartsWith(UserPrefix, StringComparison.Ordinal) ? requested
        : UserPrefix + requested;
}
