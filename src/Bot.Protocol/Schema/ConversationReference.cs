using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

/// <summary>Everything needed to address a conversation later, e.g. for a proactive message.</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
