using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

/// <summary>Source-generated serialization for the wire types: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    MaxDepth = 128)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(Activity[]))]
[JsonSerializable(typeof(HeroCard))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(List<ChannelAccount>))]
[JsonSerializable(typeof(Transcript))]
[JsonSerializable(typeof(string))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
