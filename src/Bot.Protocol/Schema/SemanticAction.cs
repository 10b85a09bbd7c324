using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

public sealed record SemanticAction
{
    public string? Id { get; set; }
    public string? State { get; set; }
    public Dictionary<string, JsonElement>? Entities { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
