using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

/// <summary>Hero (and thumbnail) card content (PROTOCOL.md §1.5).</summary>
public sealed record HeroCard
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Text { get; set; }
    public List<CardImage>? Images { get; set; }
    public List<CardAction>? Buttons { get; set; }
    public CardAction? Tap { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public Attachment ToAttachment() => new()
    {
        ContentType = ContentTypes.HeroCard,
        Content = JsonSerializer.SerializeToNode(this, ProtocolJsonContext.Default.HeroCard),
    };
}
