using System.Text.Json.Serialization;

namespace Bot.Host.DirectLine;

// Direct Line's own envelopes; activities inside them are written from ProtocolJsonContext output (ActivitySetWriter).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(DirectLineTokenParameters))]
[JsonSerializable(typeof(WebChatTokenRequest))]
[JsonSerializable(typeof(WebChatTokenResponse))]
[JsonSerializable(typeof(DirectLineSessionResponse))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
