using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

public sealed record MessageReaction
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
