using System.Text.Json.Serialization;

namespace Bot.Host.DirectLine;

internal sealed record WebChatTokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);
