using System.Text.Json.Nodes;

namespace Bot.Protocol.Schema;

/// <summary>Body of <c>POST /v3/conversations</c> (create conversation).</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonNode? ChannelData { get; set; }
}
