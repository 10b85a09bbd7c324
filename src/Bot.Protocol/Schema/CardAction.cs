using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

/// <summary>A button (PROTOCOL.md §1.6). <see cref="Value"/> is open JSON: a string for imBack, anything for postBack.</summary>
public sealed record CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? ImageAltText { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonNode? Value { get; set; }
    public JsonNode? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static CardAction ImBack(string title, string value) => new() { Type = ActionTypes.ImBack, Title = title, Value = value };
}
