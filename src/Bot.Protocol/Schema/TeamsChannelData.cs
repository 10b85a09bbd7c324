using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

/// <summary>The <c>channelData</c> Teams sends and accepts (PROTOCOL.md §5.2).</summary>
public sealed record TeamsChannelData
{
    public TeamsTenantInfo? Tenant { get; set; }
    public TeamsTeamInfo? Team { get; set; }
    public TeamsChannelInfo? Channel { get; set; }
    public string? EventType { get; set; }
    public TeamsNotificationInfo? Notification { get; set; }
    public TeamsChannelDataSettings? Settings { get; set; }
    public JsonNode? Meeting { get; set; }
    public JsonNode? OnBehalfOf { get; set; }
    public JsonNode? Source { get; set; }
    public string? TeamsTeamId { get; set; }
    public string? TeamsChannelId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads Teams channel data from an activity; null when the activity has none or it is not an object.</summary>
    public static TeamsChannelData? From(Activity activity) =>
        activity.ChannelData is JsonObject data ? data.Deserialize(ProtocolJsonContext.Default.TeamsChannelData) : null;

    public JsonNode ToJsonNode() => JsonSerializer.SerializeToNode(this, ProtocolJsonContext.Default.TeamsChannelData)!;
}
