using System.Text.Json.Serialization;

namespace Bot.Host.DirectLine;

/// <summary>The Direct Line "Conversation" object (PROTOCOL.md §4.1).</summary>
internal sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
