using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

/// <summary>
/// An entity (PROTOCOL.md §1.7): a <see cref="Type"/> plus type-specific peers, all kept in <see cref="Properties"/>.
/// Use <see cref="Mention"/> and <see cref="ClientInfo"/> to read the common ones.
/// </summary>
public sealed record Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
